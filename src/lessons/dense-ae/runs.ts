import { bestF1 } from '../../core/metrics/best-f1';
import { rocAuc } from '../../core/metrics/roc';
import { denseAeArchitecture, denseAeTopology, denseAeWeightSpecs } from '../../core/model-io/dense-ae-topology';
import { scoreCurves } from '../../core/runs/run-curves';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { problemError, restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { actions, denseAe } from './instance';
import { trainKey } from './keys';
import { modelConfig } from './model-config';
import { denseAeNotebook } from './notebook';
import { SETTINGS, type DenseAeParams } from './params';
import { denseAeResult } from './result';
import type { DenseAeState } from './state';

const { store } = denseAe;

/** Lesson 1 in the runs mechanism: the L1 score (seed 000's) is the headline; L2 and max are its own columns. */
export const adapter: RunsAdapter<DenseAeState> = {
  lessonId: 'dense-ae',
  table: SETTINGS,
  values: (s) => s.params,
  result: (s) => s.result,
  busy: (s) => s.training.status === 'running' || s.busy,
  weights: (s) => s.result?.weights ?? null,
  ownMetrics: [
    { key: 'aucL2', label: { en: 'AUC (L2)', ja: 'AUC（L2）' }, digits: 4 },
    { key: 'aucMax', label: { en: 'AUC (max)', ja: 'AUC（最大）' }, digits: 4 },
  ],
  capture: (s) => {
    const r = s.result;
    if (!r) return null;
    const { headline, curves } = scoreCurves(r.test.l1, r.labels);
    return {
      settings: { ...s.params },
      seed: s.params.seed,
      backend: r.backend,
      epochsRun: r.epochsRun,
      secondsPerEpoch: r.secondsPerEpoch,
      metrics: { auc: headline.auc, ap: headline.ap, bestF1: headline.bestF1, own: { aucL2: rocAuc(r.test.l2, r.labels), aucMax: rocAuc(r.test.max, r.labels) } },
      trainLoss: [...s.training.trainLoss],
      valLoss: [...s.training.valLoss],
      curves,
      stop: s.training.stop,
      scores: r.test.l1.slice(),
      labels: r.labels.slice(),
      weights: r.weights ?? null,
    };
  },
  model: (values) => {
    const config = modelConfig(values as DenseAeParams);
    return { architecture: denseAeArchitecture(config), topology: denseAeTopology(config), specs: denseAeWeightSpecs(config) };
  },
  reopen: async (values, weights, facts) => {
    store.setState({ params: values as DenseAeParams, drafts: {} });
    if (!(await actions.loadData())) throw problemError(store.getState().data.error ?? problem('images-failed', { text: '' }));
    const p = store.getState().params;
    const split = store.getState().data.split!;
    const input = { split: { dim: split.dim, valX: split.valX.slice(), testX: split.testX.slice() }, model: modelConfig(p, split.dim), weights: weights.map((w) => w.slice()) };
    const r = await sharedTrainingClient.run('dense-ae-score', input, getBackendPreference(), { onBackend: setBackendReport }).result;
    const view = store.getState().view;
    const threshold = bestF1(r.test[view.scoreKind], split.testLabels, 'normal').threshold;
    store.setState({
      result: denseAeResult(trainKey(p), r, split, weights, runSummary(facts)),
      training: restoredTraining(facts),
      view: { ...view, threshold: Number.isFinite(threshold) ? threshold : null },
    });
  },
  rerun: async (values) => {
    store.setState({ params: values as DenseAeParams, drafts: {} });
    await actions.train();
  },
  scoreRows: (s) => {
    const r = s.result;
    if (!r) return null;
    const scores = r.test[s.view.scoreKind];
    // The threshold the Threshold cell shows: the chosen one (else the best F1), kept within the scores' range.
    const range = { min: Math.min(...scores), max: Math.max(...scores) };
    const chosen = s.view.threshold ?? bestF1(scores, r.labels, 'normal').threshold;
    const threshold = Number.isFinite(chosen) ? Math.min(range.max, Math.max(range.min, chosen)) : range.max;
    return Array.from(scores, (score, i) => ({ id: i, label: r.labels[i], score, prediction: score >= threshold ? 1 : 0 }));
  },
};

/** Lesson 1's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('dense-ae', (lang, title) => denseAeNotebook(store.getState().params, lang, title)),
});
