import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { CellDef, LessonModule } from './lesson-types';
import type { LessonSettings } from './settings/lesson-settings';

/** A hook that reads a slice of a lesson store in a component, re-rendering when the slice changes. */
export function storeHook<S>(store: StoreApi<S>): <T>(select: (s: S) => T) => T {
  return (select) => useStore(store, select);
}

/** What makes a cell's output stale: new data, a model trained on other settings, or nothing. */
export type StaleWhen = 'data' | 'train';

/** A lesson cell and what makes its output stale (nothing when `staleWhen` is left out). */
export interface LessonCell extends CellDef {
  staleWhen?: StaleWhen;
}

/** Whether the loaded data and the trained model still match the settings. */
export interface Staleness {
  data: boolean;
  train: boolean;
}

/** True when something was made (`doneKey` is not null) for other settings than the current ones. */
export function isStale(doneKey: string | null, currentKey: string): boolean {
  return doneKey !== null && doneKey !== currentKey;
}

/** Every cell id → whether its output is stale. */
export function staleByCell(cells: readonly LessonCell[], staleness: Staleness): Record<string, boolean> {
  return Object.fromEntries(cells.map((c) => [c.id, c.staleWhen ? staleness[c.staleWhen] : false]));
}

/** A lesson state whose data and result remember the keys they were made for. */
export interface KeyedLessonState<P> {
  params: P;
  data: { key: string | null };
  result: { key: string } | null;
}

/** A learner's own data (a folder, a CSV): whether it is in use, and the key a model trained on the loaded data depends on. */
export interface OwnData<S> {
  inUse(s: S): boolean;
  loadedKey(s: S): string | null;
}

/**
 * Staleness of a lesson whose data and model depend on the settings through
 * its data and train keys. With `own`, the learner's data in use never goes
 * stale, and the model also depends on the loaded data's key.
 */
export function keyedStaleness<P, S = object>(
  dataKey: (p: P) => string,
  trainKey: (p: P, loaded: string | null) => string,
  own?: OwnData<S>,
): (s: S & KeyedLessonState<P>) => Staleness {
  return (s) => ({
    data: !own?.inUse(s) && isStale(s.data.key, dataKey(s.params)),
    train: isStale(s.result?.key ?? null, trainKey(s.params, own ? own.loadedKey(s) : null)),
  });
}

/** The state every lesson store has: a "Run all" flag and a training status. */
export interface LessonModuleState {
  busy: boolean;
  training: { status: string };
}

/** How a lesson is put together: its cells, its store and "Run all", and what makes results stale. */
export interface LessonModuleOptions<S extends LessonModuleState> {
  cells: readonly LessonCell[];
  /** The page's store of the lesson. */
  store: StoreApi<S>;
  /** Which results no longer match the settings (a pure function of the state). */
  staleness(s: NoInfer<S>): Staleness;
  runAll(): Promise<void>;
  settings: LessonSettings;
}

const isBusy = (s: LessonModuleState) => s.busy || s.training.status === 'running';

/**
 * A lesson module for the notebook page: cells go stale with their data or
 * model, and the lesson is busy while "Run all" or training runs.
 */
export function createLessonModule<S extends LessonModuleState>({ cells, store, staleness, runAll, settings }: LessonModuleOptions<S>): LessonModule {
  const useLesson = storeHook(store);
  return {
    cells: [...cells],
    useStale: () => {
      const data = useLesson((s) => staleness(s).data);
      const train = useLesson((s) => staleness(s).train);
      return staleByCell(cells, { data, train });
    },
    runAll,
    useBusy: () => useLesson(isBusy),
    isBusy: () => isBusy(store.getState()),
    settings,
    subscribe: (onChange) => store.subscribe(onChange),
  };
}
