import { access, constants } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';

/** The Chromium the tests drive: `CHROME_PATH`, or Debian's package. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The Chromium flags every browser of the tests and the bench runs with on this machine. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/** Launches headless system Chromium with the flags this machine needs; one per test file. */
export async function launchBrowser(): Promise<Browser> {
  try {
    await access(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(
      `No Chromium executable at ${chromiumPath}. Install it with \`apt-get install -y chromium\`, ` +
        'or set CHROME_PATH to the path of a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags],
  });
}
