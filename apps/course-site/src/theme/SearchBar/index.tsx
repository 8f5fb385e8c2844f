import SearchBar from '@theme-original/SearchBar';
import { type ReactNode, useEffect, useRef } from 'react';
import styles from './styles.module.css';

/**
 * The site search's box (@easyops-cn/docusaurus-search-local), wrapped to mend what its
 * autocomplete widget leaves out for assistive technology and the keyboard:
 * - the combobox names its list of suggestions with `aria-owns` only; ARIA 1.2 requires
 *   `aria-controls`, set here to the same list;
 * - the list holds its "See all results" link among the suggestions, where a listbox may hold
 *   options only: the link is given the option role, which it is in use (the arrow keys reach it,
 *   Enter follows it);
 * - Escape closes the suggestions by blurring the box, which drops a keyboard user's focus on
 *   the page body: focus stays in the box;
 * - a box focused while its index loads is focused again once the index has arrived, even when
 *   the learner has tabbed on and is typing elsewhere: that late focus is refused while focus
 *   is on another element (the Ctrl/⌘ K shortcut still focuses the box from anywhere).
 */
export default function SearchBarWrapper(props: Record<string, never>): ReactNode {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = root.current;
    if (container === null) return undefined;
    // The Ctrl/⌘ K shortcut focuses the box from anywhere: that focus is the learner's wish.
    let shortcut = false;
    const noteShortcut = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
      shortcut = true;
      setTimeout(() => {
        shortcut = false;
      });
    };
    window.addEventListener('keydown', noteShortcut, { capture: true });
    const guarded = new WeakSet<HTMLInputElement>();
    const mend = () => {
      const input = container.querySelector('input.navbar__search-input');
      if (input instanceof HTMLInputElement && !guarded.has(input)) {
        guarded.add(input);
        input.focus = (options) => {
          const active = document.activeElement;
          const elsewhere =
            active !== null && active !== document.body && !container.contains(active);
          if (elsewhere && !shortcut) return;
          HTMLInputElement.prototype.focus.call(input, options);
        };
      }
      const box = container.querySelector('input[role="combobox"]');
      const list = box?.getAttribute('aria-owns');
      if (box && list && box.getAttribute('aria-controls') !== list)
        box.setAttribute('aria-controls', list);
      for (const link of container.querySelectorAll('[role="listbox"] a:not([role])'))
        link.setAttribute('role', 'option');
    };
    mend();
    const observer = new MutationObserver(mend);
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-owns'],
    });
    // The widget blurs the box when its list closes; for this one key press, the box's own
    // blur does nothing, so the list closes and focus stays where the learner is.
    const keepFocusOnEscape = (event: KeyboardEvent) => {
      const box = event.target;
      if (event.key !== 'Escape' || !(box instanceof HTMLInputElement)) return;
      box.blur = () => undefined;
      setTimeout(() => Reflect.deleteProperty(box, 'blur'));
    };
    container.addEventListener('keydown', keepFocusOnEscape, { capture: true });
    return () => {
      observer.disconnect();
      container.removeEventListener('keydown', keepFocusOnEscape, { capture: true });
      window.removeEventListener('keydown', noteShortcut, { capture: true });
    };
  }, []);

  return (
    <div ref={root} className={styles.search}>
      <SearchBar {...props} />
    </div>
  );
}
