import { useEffect, type RefObject } from 'react';
import { entryBlock, termAnchorId } from '../notebook/glossary-links';

/** Class of the glossary entry a `#/glossary/<entry>` link leads to. */
export const TARGET_CLASS = 'term--target';

/**
 * Scrolls the glossary to entry `entry` (its `{#entry}` anchor, once the prose under `root`
 * has rendered), marks its list item or paragraph with {@link TARGET_CLASS} and focuses it;
 * again after the prose re-renders (a language switch). A frame later than the page's own
 * scroll to the top, which runs in the same commit.
 */
export function useGlossaryTarget(root: RefObject<HTMLElement | null>, entry: string | undefined): void {
  useEffect(() => {
    const main = root.current;
    if (!main || !entry) return;
    let frame = 0;
    let shown: HTMLElement | null = null;
    const show = () => {
      const anchor = main.querySelector<HTMLElement>(`#${termAnchorId(entry)}`);
      if (!anchor) return;
      const item = entryBlock(anchor);
      shown?.classList.remove(TARGET_CLASS);
      item.classList.add(TARGET_CLASS);
      item.tabIndex = -1;
      shown = item;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        item.scrollIntoView({ block: 'start' });
        item.focus({ preventScroll: true });
      });
    };
    show();
    const observer = new MutationObserver(show);
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      shown?.classList.remove(TARGET_CLASS);
    };
  }, [root, entry]);
}
