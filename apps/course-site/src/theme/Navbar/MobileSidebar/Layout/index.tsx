import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type LayoutType from '@theme/Navbar/MobileSidebar/Layout';
import Layout from '@theme-original/Navbar/MobileSidebar/Layout';
import type { ComponentProps, ReactNode } from 'react';
import { useEffect } from 'react';
import { tabbableElements } from '../../../../lib/tabbable';

type Props = ComponentProps<typeof LayoutType>;

/**
 * The phone's menu drawer, as a dialog behaves: while it is open, focus goes into it and Tab
 * and Shift+Tab go round inside it, never to the page behind; Escape closes it and gives focus
 * back to the menu button that opened it.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const { shown, toggle } = useNavbarMobileSidebar();
  useEffect(() => {
    if (!shown) return;
    const drawer = () => document.querySelector<HTMLElement>('.navbar-sidebar');
    const opener = document.querySelector<HTMLElement>('.navbar__toggle');
    // The panel not shown (the other of the main menu and the docs menu) is inert.
    const inside = () => {
      const root = drawer();
      return root ? tabbableElements(root).filter((element) => !element.closest('[inert]')) : [];
    };
    // Into the drawer once it can take focus: it is hidden until its slide-in starts, so the
    // first frames may refuse; tried each frame for at most half a second.
    let frame = 0;
    let tries = 0;
    const focusInside = () => {
      inside()[0]?.focus();
      const landed = drawer()?.contains(document.activeElement) ?? false;
      tries += 1;
      if (!landed && tries < 30) frame = requestAnimationFrame(focusInside);
    };
    frame = requestAnimationFrame(focusInside);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        toggle();
        opener?.focus();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = inside();
      const first = stops[0];
      const last = stops.at(-1);
      if (first === undefined || last === undefined) return;
      const active = document.activeElement;
      const within = active instanceof HTMLElement && stops.includes(active);
      if (event.shiftKey && (active === first || !within)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !within)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [shown, toggle]);
  return <Layout {...props} />;
}
