import { poolRows } from '../../core/timeseries/pool-rows';
import { applyAndLoad, capturedRun, denseModelShape, rerunWith, runScoreJob, storeAdapter } from '../../notebook/runs/adapter-helpers';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { groupRocs, isLabelled, resolveThresholds, summarizeErrors } from './derived';
import { actions, timeseriesAe } from './instance';
import { trainKey } from './keys';
import { modelConfig } from './model-config';
import { timeseriesNotebook } from './notebook';
import { SETTINGS, SETTINGS_ADAPTER } from './params';
import { en } from './text-en';
import { ja } from './text-ja';
import { timeseriesResult } from './result';
import type { TimeseriesResult, TimeseriesState } from './state';

const { store } = timeseriesAe;
const GROUPS = ['low-noise', 'cos', 'spike', 'level-shift', 'frequency', 'dropout'] as const;

/**
 * The run's single score: how far a series' error is from the typical one on
 * a log scale, |ln mse − median ln mse|, so both tails count (the lesson's
 * two thresholds); labels: any anomaly group = 1.
 */
export function twoSidedScores(mse: Float32Array): Float32Array {
  const logs = Array.from(mse, (v) => Math.log(Math.max(v, 1e-12))).sort((a, b) => a - b);
  const mid = logs.length % 2 ? logs[(logs.length - 1) / 2] : (logs[logs.length / 2 - 1] + logs[logs.length / 2]) / 2;
  return Float32Array.from(mse, (v) => Math.abs(Math.log(Math.max(v, 1e-12)) - mid));
}

const labelsOf = (r: TimeseriesResult) => Uint8Array.from(r.set.group, (g) => (g > 0 ? 1 : 0));

/** Lesson 2 in the runs mechanism: the two-sided error score is the headline; each anomaly group's AUC on its tail is its own. */
export const adapter: RunsAdapter<TimeseriesState> = {
  ...storeAdapter<TimeseriesState>('timeseries-ae', SETTINGS),
  values: (s) => SETTINGS_ADAPTER.toValues(s.params),
  ownMetrics: GROUPS.map((g) => ({ key: g, label: { en: `AUC: ${en.groups[g]}`, ja: `AUC：${ja.groups[g]}` }, digits: 3 })),
  capture: (s) => {
    const r = s.result;
    if (!r) return null;
    const labels = isLabelled(r.set) ? labelsOf(r) : new Uint8Array(r.mse.length);
    const own = Object.fromEntries(GROUPS.map((g) => [g, groupRocs(r).find((row) => row.name === g)?.roc.auc ?? null]));
    const extra = { source: s.data.source, file: s.data.source === 'csv' ? s.csv.fileName : null };
    return capturedRun(s.training, r, { settings: SETTINGS_ADAPTER.toValues(s.params), seed: s.params.seed, scores: twoSidedScores(r.mse), labels, own, extra });
  },
  reopenProblem: (run, s) => (run.extra?.source === 'csv' && !(s.data.source === 'csv' && s.csv.fileName === run.extra.file) ? 'run-csv-data' : null),
  model: (values) => {
    const p = SETTINGS_ADAPTER.fromValues(values as never, store.getState().params);
    return denseModelShape(modelConfig(p, p.spec.length));
  },
  reopen: async (values, weights, facts) => {
    const keepCsv = store.getState().data.source === 'csv';
    const params = SETTINGS_ADAPTER.fromValues(values as never, store.getState().params);
    await applyAndLoad(store, keepCsv ? { ...params, pool: 'all' } : params, () => keepCsv || actions.generate());
    const p = store.getState().params;
    const data = store.getState().data.set!;
    const input = { L: data.L, x: data.x, poolRows: poolRows(data.group, p.pool), valFraction: p.valFraction, model: modelConfig(p, data.L), weights };
    const r = await runScoreJob('timeseries-ae-score', input);
    store.setState({
      result: timeseriesResult(trainKey(p, store.getState().data.key), r, data, p, weights, runSummary(facts)),
      view: { ...store.getState().view, low: null, high: null, selected: null },
      training: restoredTraining(facts),
    });
  },
  rerun: (values) => rerunWith(store, SETTINGS_ADAPTER.fromValues(values as never, store.getState().params), actions.train),
  scoreRows: (s) => {
    const r = s.result;
    if (!r) return null;
    const { low, high } = resolveThresholds(s.view, summarizeErrors(r));
    const labelled = isLabelled(r.set);
    return Array.from(r.mse, (score, i) => ({ id: i, label: labelled ? (r.set.group[i] > 0 ? 1 : 0) : NaN, score, prediction: score <= low || score >= high ? 1 : 0 }));
  },
};

/** Lesson 2's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('timeseries-ae', (lang, title) => timeseriesNotebook(store.getState().params, lang, title)),
});
