import type { StoreApi } from 'zustand/vanilla';
import { setBackendReport } from '../stores/backend-store';
import { getBackendPreference } from '../stores/settings-store';
import { sharedTrainingClient } from '../worker/shared-client';
import { createLessonModule, storeHook, type LessonCell, type LessonModuleState, type Staleness } from './lesson-module';
import type { TrainingDeps } from './lesson-store';
import type { LessonModule } from './lesson-types';
import type { Problem } from './settings/problem';
import { browserSettingsEnv, connectSettings, type LessonSettings, type SettingsAdapter } from './settings/lesson-settings';
import type { SettingsTable } from './settings/settings-table';
import { createFieldsHook, type FieldState, type Fields } from './settings/use-fields';

/** What a page's lesson store trains with: the app's one training worker, the chosen backend, the header's backend report. */
export const APP_TRAINING: TrainingDeps = {
  client: sharedTrainingClient,
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
};

/** The actions every lesson store has (the param slice's and Run all's). */
export interface LessonActions {
  setNumber(name: never, raw: string): void;
  setParams(patch: never): void;
  train(): Promise<void>;
  stop(): void;
  runAll(): Promise<void>;
}

/** A lesson's page instance: its store and actions, the hooks cells read them with, and its settings in storage and the address. */
export interface LessonInstance<T extends SettingsTable, S, A> {
  store: StoreApi<S>;
  actions: A;
  /** Reads a slice of the lesson state in a component. */
  useLesson: <V>(select: (s: S) => V) => V;
  /** The lesson's settings in storage and the address bar. */
  settings: LessonSettings;
  /** Fields of the settings table and the current problems, for cells. */
  useFields: () => Fields<T>;
}

/**
 * The page's instance of a lesson, from its settings table, its notebook (store
 * and actions, built with `APP_TRAINING`) and its pure `problemsOf`: one store
 * for the page's lifetime, so leaving and coming back keeps results.
 */
export function createLessonInstance<T extends SettingsTable, S extends FieldState & { drafts: object }, A extends LessonActions>(options: {
  lessonId: string;
  table: T;
  notebook: { store: StoreApi<S>; actions: A };
  problemsOf(s: Pick<S, 'params' | 'drafts' | 'data'>): Record<string, Problem>;
  /** For lessons whose params are not the table's values (default: they are). */
  adapter?: SettingsAdapter<T, S['params']>;
}): LessonInstance<T, S, A> {
  const { lessonId, table, notebook, problemsOf, adapter } = options;
  const { store, actions } = notebook;
  return {
    store,
    actions,
    useLesson: storeHook(store),
    settings: connectSettings({ lessonId, table, store, env: browserSettingsEnv(), adapter }),
    useFields: createFieldsHook(store, table, problemsOf, actions, adapter?.toValues),
  };
}

/** A lesson module from its instance: its cells, Run all, and what makes results stale. */
export function instanceModule<S extends LessonModuleState>(
  instance: { store: StoreApi<S>; actions: { runAll(): Promise<void> }; settings: LessonSettings },
  cells: readonly LessonCell[],
  staleness: (s: NoInfer<S>) => Staleness,
): LessonModule {
  return createLessonModule({ cells, store: instance.store, staleness, runAll: instance.actions.runAll, settings: instance.settings });
}
