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

const drawQueue: { id: number; cb: () => void }[] = [];
let drawFrame = 0;
let nextDrawId = 1;

/**
 * Like {@link nextFrame}, but callbacks queued together run one per frame, in
 * order: when several charts draw at once (the result cells after training),
 * each Plotly draw gets its own task instead of one long main-thread block.
 */
export function queueFrame(cb: () => void): number {
  const id = nextDrawId++;
  drawQueue.push({ id, cb });
  if (!drawFrame) drawFrame = nextFrame(runQueued);
  return id;
}

/** Drops a callback queued with {@link queueFrame} that has not run yet. */
export function cancelQueuedFrame(id: number): void {
  const i = drawQueue.findIndex((d) => d.id === id);
  if (i >= 0) drawQueue.splice(i, 1);
}

function runQueued(): void {
  drawFrame = 0;
  const job = drawQueue.shift();
  if (drawQueue.length > 0) drawFrame = nextFrame(runQueued);
  job?.cb();
}
