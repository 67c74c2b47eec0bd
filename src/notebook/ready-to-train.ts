import { firstProblem, type StoreAccess } from './lesson-store';
import type { Problem } from './settings/problem';
import type { TrainingState } from './training-state';

/**
 * Whether a lesson may start a run now: not while one runs; a blocking
 * problem becomes the training error instead; and its data must load.
 */
export async function readyToTrain<S extends { training: TrainingState }>(
  access: StoreAccess<S>,
  problems: () => Record<string, Problem>,
  loadData: () => Promise<boolean>,
): Promise<boolean> {
  const { get, set } = access;
  if (get().training.status === 'running') return false;
  const blocked = firstProblem(problems());
  if (blocked !== null) {
    set({ training: { ...get().training, status: 'error', error: blocked } } as Partial<S>);
    return false;
  }
  return loadData();
}
