import { captureOnce, capturedRun, rerunWith, thresholdRows } from '../../notebook/runs/adapter-helpers';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { problemError, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { addProblemTexts } from '../../notebook/settings/problem-text';
import { viewedScores } from './derived';
import { actions, metric } from './instance';
import { metricNotebook } from './notebook';
import { runSource, runSourceProblem } from './run-source';
import { SETTINGS, type MetricParams } from './params';
import type { MetricResult, MetricState } from './state';
import { en } from './text-en';
import { ja } from './text-ja';

const { store } = metric;

/** The lesson's own code: the shared 'run-no-weights' words a run kept without weights in a lesson that could keep them. */
export const NO_WEIGHTS_CODE = 'metric-learning-no-weights';

addProblemTexts({ [NO_WEIGHTS_CODE]: { en: en.runNoWeights, ja: ja.runNoWeights } });

/** The settings each result was trained with (the settings may have changed since). */
const trainedWith = new WeakMap<MetricResult, MetricParams>();

const running = (s: MetricState) => s.training.status === 'running';

/**
 * The metric-learning lesson in the runs mechanism. The headline is the
 * ensemble's LOF; its own columns are the ensemble kNN, the raw-pixel kNN, the
 * per-model LOF AUCs' mean and the smallest embedding spread. No weights are
 * kept (an ensemble of networks): the Runs cell says so and offers Re-run, not
 * Reopen, a keep-weights choice or a model file.
 */
export const adapter: RunsAdapter<MetricState> = {
  lessonId: 'metric-learning',
  table: SETTINGS,
  values: (s) => (s.result && !running(s) ? (trainedWith.get(s.result) ?? s.params) : s.params),
  result: (s) => (running(s) ? null : s.result),
  busy: (s) => running(s) || s.busy || s.data.status === 'loading',
  weights: () => null,
  noWeights: { en: en.runsIntro, ja: ja.runsIntro },
  ownMetrics: [
    { key: 'aucKnnEnsemble', label: { en: 'AUC kNN (ensemble)', ja: 'AUC kNN（アンサンブル）' }, digits: 3 },
    { key: 'aucRawKnn', label: { en: 'AUC kNN (raw pixels)', ja: 'AUC kNN（生の画素）' }, digits: 3 },
    { key: 'aucLofMean', label: { en: 'AUC LOF (mean per model)', ja: 'AUC LOF（モデルごとの平均）' }, digits: 3 },
    { key: 'minSpread', label: { en: 'smallest spread', ja: '最小の広がり' }, digits: 4 },
  ],
  capture: captureOnce(
    (s) => s.result,
    (r, s) => {
      trainedWith.set(r, { ...s.params });
      const own = {
        aucKnnEnsemble: r.ensemble.knn.auc,
        aucRawKnn: r.rawKnn.auc,
        aucLofMean: r.models.reduce((a, m) => a + m.lof.auc, 0) / Math.max(1, r.models.length),
        minSpread: Math.min(...r.models.map((m) => m.embeddingSpread)),
      };
      const training = { trainLoss: r.models[0]?.loss ?? [], valLoss: [], stop: s.training.stop };
      // The run's epochs are every model's, as its progress counts them (a stopped run's models may have fewer).
      const facts = { backend: r.backend, epochsRun: r.models.reduce((n, m) => n + m.epochsRun, 0), secondsPerEpoch: r.secondsPerEpoch };
      return capturedRun(training, facts, { settings: { ...s.params }, seed: s.params.seed, scores: r.ensemble.lof.scores.slice(), labels: r.testLabels.slice(), own, extra: runSource(r) });
    },
  ),
  model: (values) => {
    const p = values as MetricParams;
    return { architecture: `metric-learning mobilenetv2-${p.width} embedding ${p.embedding} ×${p.models}`, topology: { lesson: 'metric-learning', width: Number(p.width), embedding: p.embedding }, specs: null };
  },
  reopen: async () => {
    throw problemError(problem(NO_WEIGHTS_CODE));
  },
  reopenProblem: runSourceProblem,
  rerun: (values) => rerunWith(store, values as MetricParams, actions.train),
  scoreRows: (s) => {
    const r = s.result;
    if (!r || running(s)) return null;
    const { set, threshold } = viewedScores(r, s.view);
    return thresholdRows(set.scores, r.testLabels, threshold);
  },
};

/** The lesson's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('metric-learning', (lang, title) => metricNotebook(store.getState().params, lang, title)),
});
