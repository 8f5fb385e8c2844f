import { type RefObject, useEffect, useRef } from 'react';
import { focusInView } from '../../lib/focus-in-view';

/**
 * A ref whose element takes focus whenever `key` changes after the first render: a new screen
 * of the quiz moves focus to its heading, while a page load never steals focus. With
 * `onMount`, it takes focus on the first render too (a session the learner asked to reload).
 * The element is scrolled into view below the navbar and kept there while the page settles.
 */
export function useFocusOnChange<T extends HTMLElement>(
  key: string,
  onMount = false,
): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const shown = useRef(onMount ? undefined : key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    focusInView(ref.current);
  }, [key]);
  return ref;
}
