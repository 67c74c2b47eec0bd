/**
 * Calls `measure` now and again whenever one of `elements` changes size (where
 * ResizeObserver exists). Returns the function that stops observing, for a
 * layout effect to return.
 */
export function observeSize(elements: (Element | null | undefined)[], measure: () => void): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver !== 'function') return undefined;
  const observer = new ResizeObserver(measure);
  for (const el of elements) if (el) observer.observe(el);
  return () => observer.disconnect();
}
