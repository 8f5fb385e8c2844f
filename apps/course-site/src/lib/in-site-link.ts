import { useHistory } from '@docusaurus/router';
import { type MouseEvent, useMemo } from 'react';
import { type ClickedLink, inSitePath, PLAIN_CLICK } from './in-site-path';

interface DocusaurusGlobal {
  readonly preload?: (path: string) => unknown;
}

/** Handlers for a plain `<a>` to another page of the site: see `useInSiteLink`. */
export interface InSiteLinkHandlers {
  readonly onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Fetches the target page's code when the pointer or a finger reaches the link. */
  readonly onMouseEnter: (event: MouseEvent<HTMLAnchorElement>) => void;
  readonly onTouchStart: (event: { readonly currentTarget: HTMLAnchorElement }) => void;
}

/**
 * Handlers that make plain `<a href>` links to other pages of the site open without a page load,
 * as Docusaurus's `Link` does, and fetch the target's code on hover or touch. For long lists of
 * links (a paragraph's glossary terms): each `Link` is three components and an
 * IntersectionObserver, which a page with a hundred of them pays for while it hydrates. Links
 * made this way must be reported to the broken-link check (`useBrokenLinks().collectLink`).
 */
export function useInSiteLink(): InSiteLinkHandlers {
  const history = useHistory();
  return useMemo(() => {
    const preload = (anchor: HTMLAnchorElement) => {
      const path = inSitePath(PLAIN_CLICK, linkOf(anchor), window.location.origin);
      const docusaurus = (window as { docusaurus?: DocusaurusGlobal }).docusaurus;
      if (path !== null) docusaurus?.preload?.(new URL(path, window.location.origin).pathname);
    };
    return {
      onClick(event) {
        const path = inSitePath(event, linkOf(event.currentTarget), window.location.origin);
        if (path === null) return;
        event.preventDefault();
        history.push(path);
      },
      onMouseEnter: (event) => preload(event.currentTarget),
      onTouchStart: (event) => preload(event.currentTarget),
    };
  }, [history]);
}

function linkOf(anchor: HTMLAnchorElement): ClickedLink {
  return { href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download') };
}
