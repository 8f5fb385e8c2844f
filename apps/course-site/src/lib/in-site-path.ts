/** What decides whether a click on a link may be handled inside the page. */
export interface LinkClick {
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/** A primary-button click with no modifier key: how a hover or touch is judged before a click. */
export const PLAIN_CLICK: LinkClick = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};

/** The link clicked: its resolved address and the attributes that send it elsewhere. */
export interface ClickedLink {
  /** The absolute address, as `HTMLAnchorElement.href` gives it. */
  readonly href: string;
  readonly target: string;
  readonly download: boolean;
}

/**
 * The path (with query and fragment) to open inside the single-page app for a click on `link`,
 * or null when the browser should follow it itself: a modified or non-primary click (new tab,
 * new window, download), a link to another site or window, or one already handled.
 */
export function inSitePath(click: LinkClick, link: ClickedLink, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (link.download || (link.target !== '' && link.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
