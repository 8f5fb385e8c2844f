/** A vertical stretch of the page, in viewport coordinates (`getBoundingClientRect`). */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/**
 * How far to scroll (positive: down) so that `span` lies within `band`, the part of the viewport
 * not covered by the sticky navbar: nothing when it already does; the least scroll that shows all
 * of it when it fits; its top at the top of the band when it is taller than the band (the start
 * of what the learner is to read comes first).
 */
export function revealOffset(span: Span, band: Span): number {
  if (span.top >= band.top && span.bottom <= band.bottom) return 0;
  if (span.bottom - span.top > band.bottom - band.top) return span.top - band.top;
  return span.top < band.top ? span.top - band.top : span.bottom - band.bottom;
}

/** How long a focused element is kept in view while the page around it settles. */
export const SETTLE_MS = 1500;

// Room left between what is revealed and the edges of the band.
const MARGIN = 8;

function visibleBand(): Span {
  const navbar = document.querySelector('.navbar');
  const below = navbar ? Math.max(0, navbar.getBoundingClientRect().bottom) : 0;
  return { top: below + MARGIN, bottom: window.innerHeight - MARGIN };
}

function reveal(target: HTMLElement, through: HTMLElement | null): void {
  const first = target.getBoundingClientRect();
  const last = through?.getBoundingClientRect() ?? first;
  const offset = revealOffset(
    { top: Math.min(first.top, last.top), bottom: Math.max(first.bottom, last.bottom) },
    visibleBand(),
  );
  if (offset !== 0) window.scrollBy({ top: offset, behavior: 'instant' });
}

/**
 * Moves focus to `target` and scrolls so that it, and everything down to `through` (the next
 * action after a feedback, say), is in view below the navbar: at any screen size the learner sees
 * what just happened and where to go on. Content that loads or grows above it in the next moments
 * (a progress report redrawn after an attempt is recorded) would push it away, so for
 * SETTLE_MS it is brought back into view while it keeps focus, unless the learner scrolls.
 */
export function focusInView(target: HTMLElement | null, through: HTMLElement | null = null): void {
  if (target === null) return;
  target.focus({ preventScroll: true });
  reveal(target, through);
  if (typeof ResizeObserver === 'undefined') return;
  const holds = () => document.activeElement === target || target.contains(document.activeElement);
  const observer = new ResizeObserver(() => {
    if (holds() && target.isConnected) reveal(target, through?.isConnected ? through : null);
  });
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of ['wheel', 'touchmove', 'keydown'] as const) {
      window.removeEventListener(type, stop);
    }
  };
  const timer = window.setTimeout(stop, SETTLE_MS);
  observer.observe(document.body);
  for (const type of ['wheel', 'touchmove', 'keydown'] as const) {
    window.addEventListener(type, stop, { passive: true });
  }
}
