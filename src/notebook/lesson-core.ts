import { createStore, type StoreApi } from 'zustand/vanilla';
import { storeAccess, type StoreAccess, type TrainingDeps } from './lesson-store';
import type { Problem } from './settings/problem';
import { defaultsOf, type SettingsOf, type SettingsTable } from './settings/settings-table';
import { createTrainingRunner, IDLE_TRAINING, type TrainingRunner, type TrainingState } from './training-state';

/** What every lesson state starts with: the table's defaults, no drafts, idle training, no result, not busy. */
export function lessonDefaults<T extends SettingsTable>(table: T): { params: SettingsOf<T>; drafts: object; training: TrainingState; result: null; busy: boolean } {
  return { params: defaultsOf(table), drafts: {}, training: IDLE_TRAINING, result: null, busy: false };
}

/** A lesson store's plumbing, which its actions are built on. */
export interface LessonCore<S extends { training: TrainingState; view: object }> extends StoreAccess<S> {
  store: StoreApi<S>;
  access: StoreAccess<S>;
  runner: TrainingRunner<S>;
  /** Every problem that blocks a run now, keyed by control. */
  problems(): Record<string, Problem>;
  /** Patches the view (thresholds, toggles): never stales anything. */
  setView(patch: Partial<S['view']>): void;
}

/** The zustand store of a lesson from its initial state, with its access, training runner, problems and view setter. */
export function createLessonCore<S extends { training: TrainingState; view: object }>(initial: () => S, problemsOf: (s: S) => Record<string, Problem>, deps: TrainingDeps): LessonCore<S> {
  const store = createStore<S>(initial);
  const access = storeAccess(store);
  const { get, set } = access;
  return {
    store,
    access,
    get,
    set,
    runner: createTrainingRunner(access, deps),
    problems: () => problemsOf(get()),
    setView: (patch) => set({ view: { ...get().view, ...patch } } as Partial<S>),
  };
}
