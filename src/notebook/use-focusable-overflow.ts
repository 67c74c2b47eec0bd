import { useLayoutEffect, useRef } from 'react';

/** What in rendered prose can scroll sideways on a narrow screen: display maths, code and tables. */
const WIDE = '.math-display, pre, table';

/**
 * Makes each wide block inside the element behind the returned ref (display
 * maths, code, tables) a keyboard stop while — and only while — it scrolls
 * sideways, so it can be scrolled with the arrow keys; re-checked on resize and
 * when `content` changes.
 */
export function useFocusableOverflow<T extends HTMLElement>(content: unknown): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const check = () => {
      for (const el of root.querySelectorAll<HTMLElement>(WIDE)) {
        if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
      }
    };
    check();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(check);
    observer.observe(root);
    return () => observer.disconnect();
  }, [content]);
  return ref;
}
