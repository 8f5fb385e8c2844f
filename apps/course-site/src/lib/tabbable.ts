const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The elements under `root` that Tab reaches, in document order (visible ones only). */
export function tabbableElements(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/**
 * Moves focus to what a Tab press on `element` would reach, passing over anything inside
 * `skip` (a panel that is closing). Focus stays on `element` when nothing follows it.
 */
export function focusAfter(element: HTMLElement, skip: Element | null): void {
  const candidates = tabbableElements(document).filter(
    (candidate) => candidate === element || !skip?.contains(candidate),
  );
  const next = candidates[candidates.indexOf(element) + 1];
  (next ?? element).focus();
}
