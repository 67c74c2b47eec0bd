/**
 * Runs `cb` once, at least `delayMs` after now, in the first idle period the
 * browser reports after that (`requestIdleCallback`, at most `timeoutMs` later).
 * Where there is no `requestIdleCallback` (jsdom, older Safari) it never runs:
 * what it is for — warming a cache before it is needed — is optional.
 * Returns the function that cancels it (safe to call after it ran).
 */
export function whenIdle(cb: () => void, delayMs: number, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let idle = 0;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(() => cb(), { timeout: timeoutMs });
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle) cancelIdleCallback(idle);
  };
}
