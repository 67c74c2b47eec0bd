import { useLayoutEffect, useRef } from 'react';

/** What in rendered prose can scroll sideways on a narrow screen: display maths, code and tables. */
const WIDE = '.math-display, pre, table';

/** Marks a display formula that scrolls sideways: edge shadows (prose.css) and a named keyboard stop. */
export const FORMULA_SCROLLS = 'math-display--scrolls';

/** Whether `el` is wider inside than it shows. */
const scrolls = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1;

/** Makes a display formula that scrolls a named group with the edge shadows; takes them away when it fits. */
function markFormula(el: HTMLElement, wide: boolean, name: string): void {
  el.classList.toggle(FORMULA_SCROLLS, wide);
  if (wide) {
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', name);
  } else {
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
  }
}

/**
 * Makes each wide block inside the element behind the returned ref (display
 * maths, code, tables) a keyboard stop while — and only while — it scrolls
 * sideways, so it can be scrolled with the arrow keys; a display formula then
 * also shows shadows at the edges with more of it (`FORMULA_SCROLLS`) and is
 * named `formulaName` ("Formula (scrolls sideways)"). Re-checked on resize,
 * once the web fonts have loaded (KaTeX's fonts widen a formula), and when
 * `content` or `formulaName` changes.
 */
export function useFocusableOverflow<T extends HTMLElement>(content: unknown, formulaName: string): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    let live = true;
    const check = () => {
      if (!live) return;
      for (const el of root.querySelectorAll<HTMLElement>(WIDE)) {
        const wide = scrolls(el);
        if (wide) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
        if (el.classList.contains('math-display')) markFormula(el, wide, formulaName);
      }
    };
    check();
    void document.fonts?.ready.then(check);
    if (typeof ResizeObserver !== 'function') {
      return () => {
        live = false;
      };
    }
    const observer = new ResizeObserver(check);
    observer.observe(root);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [content, formulaName]);
  return ref;
}
