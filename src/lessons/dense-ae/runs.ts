import { bestF1 } from '../../core/metrics/best-f1';
import { rocAuc } from '../../core/metrics/roc';
import { applyAndLoad, capturedRun, clampThreshold, denseModelShape, rerunWith, runScoreJob, storeAdapter, thresholdRows } from '../../notebook/runs/adapter-helpers';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { actions, denseAe } from './instance';
import { trainKey } from './keys';
import { modelConfig } from './model-config';
import { denseAeNotebook } from './notebook';
import { SETTINGS, type DenseAeParams } from './params';
import type { DenseAeState } from './state';

const { store } = denseAe;

/** Lesson 1 in the runs mechanism: the L1 score (seed 000's) is the headline; L2 and max are its own columns. */
export const adapter: RunsAdapter<DenseAeState> = {
  ...storeAdapter<DenseAeState>('dense-ae', SETTINGS),
  ownMetrics: [
    { key: 'aucL2', label: { en: 'AUC (L2)', ja: 'AUC（L2）' }, digits: 4 },
    { key: 'aucMax', label: { en: 'AUC (max)', ja: 'AUC（最大）' }, digits: 4 },
  ],
  capture: (s) => {
    const r = s.result;
    if (!r) return null;
    const own = { aucL2: rocAuc(r.test.l2, r.labels), aucMax: rocAuc(r.test.max, r.labels) };
    return capturedRun(s.training, r, { settings: { ...s.params }, seed: s.params.seed, scores: r.test.l1.slice(), labels: r.labels.slice(), own });
  },
  model: (values) => denseModelShape(modelConfig(values as DenseAeParams)),
  reopen: async (values, weights, facts) => {
    await applyAndLoad(store, values as DenseAeParams, actions.loadData, 'images-failed');
    const p = store.getState().params;
    const split = store.getState().data.split!;
    const input = { split: { dim: split.dim, valX: split.valX.slice(), testX: split.testX.slice() }, model: modelConfig(p, split.dim), weights: weights.map((w) => w.slice()) };
    const scored = await runScoreJob('dense-ae-score', input);
    store.setState({ training: restoredTraining(facts) });
    actions.showScores(trainKey(p), scored, weights, runSummary(facts));
  },
  rerun: (values) => rerunWith(store, values as DenseAeParams, actions.train),
  scoreRows: (s) => {
    const r = s.result;
    if (!r) return null;
    const scores = r.test[s.view.scoreKind];
    // The threshold the Threshold cell shows: the chosen one (else the best F1), kept within the scores' range.
    const chosen = s.view.threshold ?? bestF1(scores, r.labels, 'normal').threshold;
    return thresholdRows(scores, r.labels, clampThreshold(chosen, Math.min(...scores), Math.max(...scores)));
  },
};

/** Lesson 1's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('dense-ae', (lang, title) => denseAeNotebook(store.getState().params, lang, title)),
});
