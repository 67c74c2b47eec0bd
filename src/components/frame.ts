/** requestAnimationFrame with a timer fallback (workers, old jsdom). */
export function nextFrame(cb: () => void): number {
  if (typeof requestAnimationFrame === 'function') return requestAnimationFrame(() => cb());
  return setTimeout(cb, 16) as unknown as number;
}

export function cancelFrame(id: number): void {
  if (!id) return;
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
  clearTimeout(id);
}
