import type { JobEvent } from '../core/pipeline/job-events';

/**
 * Seconds per epoch once warmed up: the mean of a run's epochs after its first, whose time also
 * holds one-time work (the first batches set up kernels and buffers). Null with fewer than two
 * epochs, where the one-time work cannot be told apart.
 */
export function steadySecondsPerEpoch(epochSeconds: readonly number[]): number | null {
  if (epochSeconds.length < 2) return null;
  return epochSeconds.slice(1).reduce((s, x) => s + x, 0) / (epochSeconds.length - 1);
}

/** `reduce`, also noting each 'epoch' event's seconds in `into`, in order. */
export function notingEpochSeconds<T>(reduce: (t: T, e: JobEvent) => T, into: number[]): (t: T, e: JobEvent) => T {
  return (t, e) => {
    if (e.type === 'epoch') into.push(e.seconds);
    return reduce(t, e);
  };
}
