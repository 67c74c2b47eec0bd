import { rocAuc } from '../../core/metrics/roc';
import { scoreCurves } from '../../core/runs/run-curves';
import { newScoreAt } from '../../core/score/window-scores';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { problemError, restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { derive, imageScores, shownScores } from './derived';
import { actions, patchVae } from './instance';
import { trainKey } from './keys';
import { DETAIL_PER_GROUP, SETTINGS, type PatchVaeParams } from './params';
import { IDLE_PATCH_VAE_TRAINING, type PatchVaeResult, type PatchVaeState } from './state';
import { jobInput } from './train-action';
import { patchVaeNotebook } from './notebook';

const { store } = patchVae;
const CHANNELS = 16;

/** The new score as the lesson shows it by default: σ² floored at the view's floor, per place when there are held-out normals. */
function headlineScores(r: PatchVaeResult, floor: number): Float32Array {
  return imageScores(shownScores(r, r.heldOut !== null), 'new', floor);
}

/**
 * The patch VAE in the runs mechanism. Its own columns are the old "runs so
 * far" table's: the old score's AUC, the new score's AUC floored and raw (not
 * per place), the old score per place, and the smallest σ².
 */
export const adapter: RunsAdapter<PatchVaeState> = {
  lessonId: 'patch-vae',
  table: SETTINGS,
  values: (s) => s.params,
  result: (s) => s.result,
  busy: (s) => s.training.status === 'running' || s.busy || s.tryIt.status === 'running',
  weights: (s) => s.result?.weights ?? null,
  ownMetrics: [
    { key: 'aucOld', label: { en: 'AUC old', ja: 'AUC 旧' }, digits: 3 },
    { key: 'aucNewFloored', label: { en: 'AUC new (σ² floored)', ja: 'AUC 新（下限あり）' }, digits: 3 },
    { key: 'aucNewRaw', label: { en: 'AUC new (raw σ²)', ja: 'AUC 新（生の σ²）' }, digits: 3 },
    { key: 'aucOldPosition', label: { en: 'AUC old per place', ja: 'AUC 旧 位置ごと' }, digits: 3 },
    { key: 'minSigma2', label: { en: 'min σ²', ja: '最小 σ²' }, digits: 2 },
  ],
  capture: (s) => {
    const r = s.result;
    if (!r) return null;
    const floor = s.view.scoreFloor;
    const scores = headlineScores(r, floor);
    const { headline, curves } = scoreCurves(scores, r.labels);
    const pos = r.heldOut ? shownScores(r, true) : null;
    return {
      settings: { ...r.params },
      seed: r.params.seed,
      backend: r.backend,
      epochsRun: r.epochsRun,
      secondsPerEpoch: r.secondsPerEpoch,
      metrics: {
        auc: headline.auc,
        ap: headline.ap,
        bestF1: headline.bestF1,
        own: {
          aucOld: rocAuc(r.test.old, r.labels),
          aucNewFloored: rocAuc(newScoreAt(r.test, floor).image, r.labels),
          aucNewRaw: rocAuc(newScoreAt(r.test, 0).image, r.labels),
          aucOldPosition: pos ? rocAuc(pos.old, r.labels) : null,
          minSigma2: r.test.minSigma2,
        },
      },
      trainLoss: [...r.trainLoss],
      valLoss: [],
      curves,
      stop: s.training.stop,
      scores,
      labels: r.labels.slice(),
      weights: r.weights,
    };
  },
  model: (values) => {
    const p = values as PatchVaeParams;
    const floor = p.variance === 'floor' ? ` floor ${p.floor}` : '';
    return {
      architecture: `patch-vae patch ${p.patchSize} latent ${p.latent} channels ${CHANNELS} variance ${p.variance}${floor}`,
      topology: { class_name: 'AnomalyLabPatchVae', config: { patchSize: p.patchSize, latent: p.latent, channels: CHANNELS, variance: p.variance, varianceFloor: p.floor, beta: p.beta } },
      specs: null,
    };
  },
  reopen: async (values, weights, facts) => {
    store.setState({ params: values as PatchVaeParams, drafts: {} });
    if (!(await actions.loadData())) throw problemError(store.getState().data.error ?? problem('images-failed', { text: '' }));
    const p = store.getState().params;
    const split = store.getState().data.split!;
    const nN = split.counts.testNormal;
    const detail = [
      ...Array.from({ length: Math.min(DETAIL_PER_GROUP, nN) }, (_, i) => i),
      ...Array.from({ length: Math.min(DETAIL_PER_GROUP, split.counts.testAnomaly) }, (_, i) => nN + i),
    ];
    const { train: _train, initSeed: _seed, ...rest } = jobInput(p, split.trainX, split.testX, split.valX, detail);
    const r = await sharedTrainingClient.run('patch-vae-restore', { ...rest, weights: weights.map((w) => w.slice()) }, getBackendPreference(), { onBackend: setBackendReport }).result;
    store.setState({
      result: {
        key: trainKey(p),
        params: p,
        test: r.test,
        heldOut: r.heldOut,
        details: r.details,
        latent: r.latent,
        weights,
        testX: split.testX,
        labels: split.testLabels,
        classes: split.testClasses,
        trainLoss: [...facts.trainLoss],
        ...runSummary(facts),
        scoringSeconds: r.scoringSeconds,
        windows: r.windows,
        backend: r.backend,
      },
      view: { ...store.getState().view, threshold: { old: null, new: null } },
      training: { ...IDLE_PATCH_VAE_TRAINING, ...restoredTraining(facts) },
    });
  },
  rerun: async (values) => {
    store.setState({ params: values as PatchVaeParams, drafts: {} });
    await actions.train();
  },
  scoreRows: (s) => {
    const r = s.result;
    if (!r) return null;
    const { scoreKind: kind, scoreFloor: floor } = s.view;
    const pos = s.view.positionNorm && r.heldOut !== null;
    const scores = imageScores(shownScores(r, pos), kind, floor);
    // The threshold the Compare cell shows: the chosen one (else the best F1), kept within the scores' range.
    const d = derive(r, kind, floor, pos);
    const chosen = s.view.threshold[kind] ?? d.best.threshold;
    const threshold = Number.isFinite(chosen) ? Math.min(d.max, Math.max(d.min, chosen)) : d.max;
    return Array.from(scores, (score, i) => ({ id: i, label: r.labels[i], score, prediction: score >= threshold ? 1 : 0 }));
  },
};

/** The patch-VAE lesson's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('patch-vae', (lang, title) => patchVaeNotebook(store.getState().params, lang, title, store.getState().view.scoreFloor)),
});
