import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useLang } from '../../stores/settings-store';
import type { LessonRuns, RunsState } from './lesson-runs';
import { RUNS_TEXT } from './runs-text';

/** Each lesson store's kept runs, as `connectRuns` made them. */
const registry = new WeakMap<object, LessonRuns>();
const NONE = createStore<RunsState | null>(() => null);

/** Tells the Train cell of the lesson with `store` where its kept runs are. */
export function registerKeptRuns(store: object, runs: LessonRuns): void {
  registry.set(store, runs);
}

/**
 * "2 runs of this lesson are kept in this browser: reopen one in Runs…", with a button to the Runs
 * cell, while `idle` (nothing trained or reopened on this page yet) and some kept run has weights.
 * After a reload every result cell is empty, and nothing else says the runs are still there.
 */
export function KeptRunsHint({ store, idle }: { store: object | undefined; idle: boolean }) {
  const lang = useLang();
  const runs = store ? registry.get(store) : undefined;
  const count = useStore(runs?.state ?? NONE, (s) => (s ? s.runs.filter((r) => r.weightPrecision !== null).length : 0));
  if (!idle || count === 0) return null;
  const t = RUNS_TEXT[lang];
  return (
    <p className="nb-notice" role="status" data-testid="kept-runs-hint">
      {t.kept(count)}{' '}
      <button type="button" className="btn btn--small btn--ghost" onClick={() => document.querySelector('[data-cell-id="runs"]')?.scrollIntoView({ block: 'start' })}>
        {t.keptGo}
      </button>
    </p>
  );
}
