import type { StoreApi } from 'zustand/vanilla';
import type { TrainingState } from './training-state';

/**
 * Keeps a run's elapsed time whole: from the moment `training.status` turns 'running' until it turns
 * anything else, wall time by `now` (milliseconds, monotonic). When the run ends, `elapsedSeconds`
 * becomes that wall time if it is larger than what the jobs reported, so the panel never shows less
 * than it counted while the run was on (the jobs' clocks leave out data loading, scoring, a PCA fit
 * and the gaps between a run's models). Returns the unsubscribe function.
 */
export function keepRunWideClock<S extends { training: TrainingState }>(store: StoreApi<S>, now: () => number): () => void {
  let started: number | null = null;
  return store.subscribe((s, prev) => {
    const running = s.training.status === 'running';
    const wasRunning = prev.training.status === 'running';
    if (running && !wasRunning) started = now();
    if (running || !wasRunning || started === null) return;
    const seconds = (now() - started) / 1000;
    started = null;
    if (seconds > s.training.elapsedSeconds) store.setState({ training: { ...s.training, elapsedSeconds: seconds } } as Partial<S>);
  });
}
