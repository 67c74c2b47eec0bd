import type { ComponentType } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { safeLocalStorage } from '../../stores/safe-storage';
import { registerKeptRuns } from './kept-runs-hint';
import { createLessonRuns, type LessonRuns } from './lesson-runs';
import { createRunsCell, type RunsExtras } from './runs-cell';
import type { RunsAdapter } from './runs-adapter';
import { openRunStore, type RunStore } from './run-store';

let shared: Promise<RunStore> | null = null;

/** The page's one runs database (every lesson's runs), opened on first use. */
export function browserRunStore(): Promise<RunStore> {
  shared ??= typeof indexedDB === 'undefined' ? Promise.reject(new Error('IndexedDB is not available')) : openRunStore();
  return shared;
}

/** A lesson's runs on the page's database, and its Runs cell: the two lines a lesson needs. */
export function connectRuns<S>(store: StoreApi<S>, adapter: RunsAdapter<S>, extras?: RunsExtras): { runs: LessonRuns; RunsCell: ComponentType } {
  const storage = safeLocalStorage();
  const runs = createLessonRuns({
    store,
    adapter,
    openStore: browserRunStore,
    preferences: { getItem: (k) => storage.getItem(k) as string | null, setItem: (k, v) => void storage.setItem(k, v) },
  });
  registerKeptRuns(store, runs);
  return { runs, RunsCell: createRunsCell(store, adapter, runs, extras) };
}

/** The runs cell's title, for the lesson's cell list. */
export const RUNS_CELL_TITLE = { en: 'Runs: compare, reopen, download', ja: '実行の記録：比べる・開き直す・ダウンロード' };
