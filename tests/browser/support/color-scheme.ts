import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Switches `prefers-color-scheme` and waits until the site's theme and its colours follow. */
export async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await expect
    .poll(() => page.getAttribute('html', 'data-theme'), {
      message: `html[data-theme] follows prefers-color-scheme: ${colorScheme}`,
    })
    .toBe(colorScheme);
  // Colours may fade between themes; contrast is measured once every transition has ended.
  // A transition cancelled on the way (its element restyled or removed) has ended too: its
  // `finished` promise rejects, which is not a failure here.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((transition) => transition.finished.catch(() => undefined)),
    ),
  );
}
