import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** The WCAG 2.2 A and AA rule tags the course holds every page to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One axe violation, reduced to what a person needs to find and fix it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

function axeSource(): string {
  const { source } = createRequire(import.meta.url)('axe-core');
  if (typeof source !== 'string') throw new Error('axe-core did not export its source');
  return source;
}

/**
 * Injects axe-core into `page` (once per document) and returns the WCAG 2.2 A/AA violations
 * of the whole document as it is now, or only of the elements that `scope` (a CSS selector)
 * matches.
 */
export async function findWcagViolations(page: Page, scope?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    await page.addScriptTag({ content: axeSource() });
  }
  return page.evaluate(
    async ([tags, selector]) => {
      const { axe } = window;
      if (axe === undefined) throw new Error('axe-core was not injected into the page');
      const context = selector === null ? document : { include: [selector] };
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target
            .map((selector) => (typeof selector === 'string' ? selector : selector.join(' >>> ')))
            .join(' | '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    },
    [[...wcagTags], scope ?? null] satisfies [string[], string | null],
  );
}

/** Violations as lines that say what rule broke, how badly, and on which elements. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) => [
    `${violation.id} [${violation.impact ?? 'no impact'}] ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map((node) => `  at ${node.target}: ${node.summary}`),
  ]);
}
