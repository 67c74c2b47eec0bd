import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParamState } from './param-slice';
import { createRunAll, storeAccess, type StoreAccess, type TrainingDeps } from './lesson-store';
import { keepRunWideClock } from './run-wide-clock';
import type { Problem } from './settings/problem';
import { defaultsOf, type SettingsOf, type SettingsTable } from './settings/settings-table';
import { createTrainingRunner, IDLE_TRAINING, type TrainingRunner, type TrainingState } from './training-state';

/** What every lesson state starts with: the table's defaults, no drafts, idle training, no result, not busy. */
export function lessonDefaults<T extends SettingsTable>(table: T): { params: SettingsOf<T>; drafts: object; training: TrainingState; result: null; busy: boolean } {
  return { params: defaultsOf(table), drafts: {}, training: IDLE_TRAINING, result: null, busy: false };
}

/** What every lesson's state has besides its data and view: settings and drafts, training progress, the result, and the "Run all" flag. */
export interface LessonState<P extends object, K extends string, R, T extends TrainingState = TrainingState> extends ParamState<P, K> {
  training: T;
  result: R | null;
  busy: boolean;
}

/** The state every lesson store has, which its core works on. */
type CoreState = { training: TrainingState; view: object; busy: boolean };

/** The actions every lesson has besides its settings': problems, train, run all, stop and the view setter. */
export interface CoreActions<S extends CoreState> {
  problems(): Record<string, Problem>;
  train(): Promise<void>;
  /** Train with `busy` set (see `createRunAll`). */
  runAll(): Promise<void>;
  stop(): void;
  setView(patch: Partial<S['view']>): void;
}

/** A lesson store's plumbing, which its actions are built on. */
export interface LessonCore<S extends CoreState> extends StoreAccess<S> {
  store: StoreApi<S>;
  access: StoreAccess<S>;
  runner: TrainingRunner<S>;
  /** Every problem that blocks a run now, keyed by control. */
  problems(): Record<string, Problem>;
  /** Patches the view (thresholds, toggles): never stales anything. */
  setView(patch: Partial<S['view']>): void;
  /** The actions every lesson has, around its `train` (`stop` defaults to the runner's). */
  actions(train: () => Promise<void>, stop?: () => void): CoreActions<S>;
  /** The lesson store a lesson module exports: the store, and its own actions (`extras`) with the core ones around `train`. */
  lesson<A extends object>(train: () => Promise<void>, extras: A, stop?: () => void): { store: StoreApi<S>; actions: A & CoreActions<S> };
}

/** The zustand store of a lesson from its initial state, with its access, training runner, problems and view setter. */
export function createLessonCore<S extends CoreState>(initial: () => S, problemsOf: (s: S) => Record<string, Problem>, deps: TrainingDeps): LessonCore<S> {
  const store = createStore<S>(initial);
  const access = storeAccess(store);
  const { get, set } = access;
  const runner = createTrainingRunner(access, deps);
  keepRunWideClock(store, deps.now ?? (() => performance.now()));
  const problems = () => problemsOf(get());
  const setView = (patch: Partial<S['view']>) => set({ view: { ...get().view, ...patch } } as Partial<S>);
  const actions = (train: () => Promise<void>, stop = runner.stop): CoreActions<S> => ({ problems, train, runAll: createRunAll(access, train), stop, setView });
  return { store, access, get, set, runner, problems, setView, actions, lesson: (train, extras, stop) => ({ store, actions: { ...extras, ...actions(train, stop) } }) };
}
