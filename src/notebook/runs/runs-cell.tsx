import { useRef, type ComponentType } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { scoresCsv } from '../../core/export/scores-csv';
import { useLang } from '../../stores/settings-store';
import { problemText } from '../settings/problem-text';
import { failure } from '../settings/problem';
import type { KeepWeights, LessonRuns } from './lesson-runs';
import { modelFiles, readPickedModel } from './model-transfer';
import type { RunsAdapter } from './runs-adapter';
import { RunsOverlay } from './runs-overlay';
import { formatBytes, RunsTable } from './runs-table';
import { RUNS_TEXT } from './runs-text';
import { saveFile } from './save-file';
import './runs.css';

/** Extra downloads a lesson offers in its runs cell (the Jupyter notebook). */
export interface RunsExtras {
  /** Writes the lesson as a notebook for the current settings; resolves when offered. */
  downloadNotebook?: () => Promise<void>;
}

/**
 * The Runs cell of a lesson: keep-weights choice, downloads (model, scores,
 * notebook), Open model, the runs table and the overlay of the chosen runs
 * (without the weights' parts for a lesson that keeps none: `noWeights`).
 */
export function createRunsCell<S>(store: StoreApi<S>, adapter: RunsAdapter<S>, runs: LessonRuns, extras: RunsExtras = {}): ComponentType {
  return function RunsCell() {
    const lang = useLang();
    const t = RUNS_TEXT[lang];
    const s = useStore(runs.state);
    const lessonBusy = useStore(store, (x) => adapter.busy(x));
    const hasModel = useStore(store, (x) => adapter.weights(x) !== null);
    const hasScores = useStore(store, (x) => adapter.result(x) !== null);
    const fileInput = useRef<HTMLInputElement>(null);
    const busy = lessonBusy || s.reopening;
    const chosen = s.runs.filter((r) => s.chosen.includes(r.id)).sort((a, b) => s.chosen.indexOf(a.id) - s.chosen.indexOf(b.id));
    const date = (ms: number) => new Date(ms).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

    const downloadModel = () => {
      const files = modelFiles(adapter, store.getState(), s.reopenedDate ?? Date.now());
      if (!files) return runs.state.setState({ notice: { code: 'no-model' } });
      saveFile(files.jsonName, files.json, 'application/json');
      saveFile(files.binName, files.bin, 'application/octet-stream');
    };
    const downloadCsv = () => {
      const rows = adapter.scoreRows(store.getState());
      if (rows) saveFile(`${adapter.lessonId}-scores.csv`, scoresCsv(rows), 'text/csv');
    };
    const openModel = async (list: FileList | null) => {
      if (!list || list.length === 0) return;
      try {
        const picked = await readPickedModel(adapter, Array.from(list));
        await runs.actions.openModel(picked.values, picked.weights, picked.facts, picked.name);
      } catch (e) {
        runs.state.setState({ notice: failure(e) });
      } finally {
        if (fileInput.current) fileInput.current.value = '';
      }
    };

    return (
      <div className="nb-cell-body nb-runs" data-testid="runs-cell" data-status={s.status}>
        {s.restored ? (
          <p className="nb-notice" role="status" data-testid="runs-restored" data-kind={s.restored.kind}>
            {s.restored.kind === 'run' ? t.restored(date(s.restored.date)) : t.restoredFile(s.restored.name)}
          </p>
        ) : null}
        {s.reopening ? (
          <p className="nb-notice" role="status" data-testid="runs-reopening">
            {t.reopening}
          </p>
        ) : null}
        {s.notice ? (
          <div className="nb-notice nb-notice--error nb-runs__notice" role="alert" data-testid="runs-notice" data-code={s.notice.code}>
            <span>{problemText(s.notice, lang)}</span>
            <button type="button" className="btn btn--small btn--ghost" onClick={runs.actions.dismiss}>
              {t.dismiss}
            </button>
          </div>
        ) : null}
        <p className="nb-muted nb-small" data-testid="runs-intro">
          {adapter.noWeights ? adapter.noWeights[lang] : t.intro}
        </p>
        <div className="nb-runs__bar">
          {adapter.noWeights ? null : (
            <>
              <label className="nb-runs__keep">
                {t.keepWeights}{' '}
                <select className="nb-select" data-testid="runs-keep-weights" value={s.keepWeights} onChange={(e) => runs.actions.setKeepWeights(e.target.value as KeepWeights)}>
                  {(['float32', 'float16', 'off'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t.keepOptions[k]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="btn btn--small" data-testid="model-download" disabled={!hasModel || busy} onClick={downloadModel}>
                {t.downloadModel}
              </button>
              <label className={`btn btn--small${busy ? ' is-disabled' : ''}`} title={t.openModelHint}>
                {t.openModel}
                <input ref={fileInput} type="file" className="nb-runs__file" data-testid="model-open" accept=".json,.bin" multiple disabled={busy} onChange={(e) => void openModel(e.target.files)} />
              </label>
            </>
          )}
          <button type="button" className="btn btn--small" data-testid="scores-csv" disabled={!hasScores} onClick={downloadCsv}>
            {t.downloadCsv}
          </button>
          {extras.downloadNotebook ? (
            <button type="button" className="btn btn--small" data-testid="notebook-download" onClick={() => void extras.downloadNotebook!()}>
              {t.downloadNotebook}
            </button>
          ) : null}
        </div>
        {s.status === 'loading' ? <p className="nb-muted">{t.loading}</p> : null}
        {s.status === 'unavailable' ? <p className="nb-muted">{t.unavailable}</p> : null}
        {s.status !== 'loading' && s.runs.length === 0 ? <p className="nb-muted">{t.empty}</p> : null}
        {s.runs.length > 0 ? (
          <>
            <RunsTable runs={s.runs} chosen={s.chosen} reference={s.reference} table={adapter.table} ownMetrics={adapter.ownMetrics} headlineLabels={adapter.headlineLabels} epochsLabel={adapter.epochsLabel} headlineDigits={adapter.headlineDigits} actions={runs.actions} busy={busy} canReopen={!adapter.noWeights} t={t} lang={lang} />
            {adapter.headlineNote ? (
              <p className="nb-muted nb-small" data-testid="runs-headline-note">
                {adapter.headlineNote[lang]}
              </p>
            ) : null}
            <p className="nb-muted nb-small" data-testid="runs-total" data-bytes={s.totalBytes}>
              {t.total(formatBytes(s.totalBytes, lang))}
            </p>
          </>
        ) : null}
        {chosen.length >= 2 ? <RunsOverlay runs={chosen} table={adapter.table} t={t} lang={lang} /> : s.runs.length >= 2 ? <p className="nb-muted nb-small">{t.overlayHint}</p> : null}
      </div>
    );
  };
}
