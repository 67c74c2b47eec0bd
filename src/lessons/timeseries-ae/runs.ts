import { denseAeArchitecture, denseAeTopology, denseAeWeightSpecs } from '../../core/model-io/dense-ae-topology';
import { scoreCurves } from '../../core/runs/run-curves';
import { poolRows } from '../../core/timeseries/pool-rows';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { problemError, restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
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
  lessonId: 'timeseries-ae',
  table: SETTINGS,
  values: (s) => SETTINGS_ADAPTER.toValues(s.params),
  result: (s) => s.result,
  busy: (s) => s.training.status === 'running' || s.busy,
  weights: (s) => s.result?.weights ?? null,
  ownMetrics: GROUPS.map((g) => ({ key: g, label: { en: `AUC: ${en.groups[g]}`, ja: `AUC：${ja.groups[g]}` }, digits: 3 })),
  capture: (s) => {
    const r = s.result;
    if (!r) return null;
    const labelled = isLabelled(r.set);
    const scores = twoSidedScores(r.mse);
    const labels = labelled ? labelsOf(r) : new Uint8Array(r.mse.length);
    const { headline, curves } = scoreCurves(scores, labels);
    const own = Object.fromEntries(GROUPS.map((g) => [g, groupRocs(r).find((row) => row.name === g)?.roc.auc ?? null]));
    return {
      settings: SETTINGS_ADAPTER.toValues(s.params) as Record<string, unknown>,
      seed: s.params.seed,
      backend: r.backend,
      epochsRun: r.epochsRun,
      secondsPerEpoch: r.secondsPerEpoch,
      metrics: { auc: headline.auc, ap: headline.ap, bestF1: headline.bestF1, own },
      trainLoss: [...s.training.trainLoss],
      valLoss: [...s.training.valLoss],
      curves,
      stop: s.training.stop,
      scores,
      labels,
      weights: r.weights ?? null,
      extra: { source: s.data.source, file: s.data.source === 'csv' ? s.csv.fileName : null },
    };
  },
  reopenProblem: (run, s) => (run.extra?.source === 'csv' && !(s.data.source === 'csv' && s.csv.fileName === run.extra.file) ? 'run-csv-data' : null),
  model: (values) => {
    const p = SETTINGS_ADAPTER.fromValues(values as never, store.getState().params);
    const config = modelConfig(p, p.spec.length);
    return { architecture: denseAeArchitecture(config), topology: denseAeTopology(config), specs: denseAeWeightSpecs(config) };
  },
  reopen: async (values, weights, facts) => {
    const keepCsv = store.getState().data.source === 'csv';
    const params = SETTINGS_ADAPTER.fromValues(values as never, store.getState().params);
    store.setState({ params: keepCsv ? { ...params, pool: 'all' } : params, drafts: {} });
    if (!(keepCsv || actions.generate())) throw problemError(store.getState().data.error ?? problem('failed', { text: '' }));
    const p = store.getState().params;
    const data = store.getState().data.set!;
    const input = { L: data.L, x: data.x.slice(), poolRows: poolRows(data.group, p.pool), valFraction: p.valFraction, model: modelConfig(p, data.L), weights: weights.map((w) => w.slice()) };
    const r = await sharedTrainingClient.run('timeseries-ae-score', input, getBackendPreference(), { onBackend: setBackendReport }).result;
    store.setState({
      result: timeseriesResult(trainKey(p, store.getState().data.key), r, data, p, weights, runSummary(facts)),
      view: { ...store.getState().view, low: null, high: null, selected: null },
      training: restoredTraining(facts),
    });
  },
  rerun: async (values) => {
    store.setState({ params: SETTINGS_ADAPTER.fromValues(values as never, store.getState().params), drafts: {} });
    await actions.train();
  },
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
