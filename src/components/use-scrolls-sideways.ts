import { useLayoutEffect, useRef, useState } from 'react';
import { observeSize } from './observe-size';

/**
 * Whether the element behind `ref` is wider inside than it shows (it scrolls
 * sideways), kept up to date as it or its content resizes. A grid that scrolls
 * then says so (a hint and edge shadows) and takes the keyboard focus, so it
 * can be scrolled with the arrow keys.
 */
export function useScrollsSideways<T extends HTMLElement>(): { ref: React.RefObject<T | null>; scrolls: boolean } {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    return observeSize([el, el.firstElementChild], check);
  }, []);
  return { ref, scrolls };
}
