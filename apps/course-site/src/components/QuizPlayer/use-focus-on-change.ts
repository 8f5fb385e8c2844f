import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus whenever `key` changes after the first render: a new screen
 * of the quiz moves focus to its heading, while a page load never steals focus. With
 * `onMount`, it takes focus on the first render too (a session the learner asked to reload).
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
    ref.current?.focus();
  }, [key]);
  return ref;
}
