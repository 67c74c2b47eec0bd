import { rocAuc } from '../../core/metrics/roc';
import { positionNormalized } from '../../core/score/position-norm';
import { newScoreAt } from '../../core/score/window-scores';
import { applyAndLoad, capturedRun, clampThreshold, rerunWith, runScoreJob, storeAdapter, thresholdRows } from '../../notebook/runs/adapter-helpers';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { restoredTraining, runSummary, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { derive, imageScores, shownScores } from './derived';
import { actions, patchVae } from './instance';
import { trainKey } from './keys';
import { modelConfig, SETTINGS, type PatchVaeParams } from './params';
import { IDLE_PATCH_VAE_TRAINING, type PatchVaeResult, type PatchVaeState } from './state';
import { detailIndices, jobInput, patchVaeResult } from './train-action';
import { patchVaeNotebook } from './notebook';

const { store } = patchVae;

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
  ...storeAdapter<PatchVaeState>('patch-vae', SETTINGS),
  busy: (s) => s.training.status === 'running' || s.busy || s.tryIt.status === 'running',
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
    // The old score compared per place, as the lesson's table measures it (`npm run eval`'s aucOldPerPlace):
    // `shownScores` keeps the old score as the seed defines it, so it cannot give this column.
    const oldPerPlace = r.heldOut ? positionNormalized(r.test, r.heldOut).old : null;
    const own = {
      aucOld: rocAuc(r.test.old, r.labels),
      aucNewFloored: rocAuc(newScoreAt(r.test, floor).image, r.labels),
      aucNewRaw: rocAuc(newScoreAt(r.test, 0).image, r.labels),
      aucOldPosition: oldPerPlace ? rocAuc(oldPerPlace, r.labels) : null,
      minSigma2: r.test.minSigma2,
    };
    const training = { ...s.training, trainLoss: r.trainLoss };
    return capturedRun(training, r, { settings: { ...r.params }, seed: r.params.seed, scores: headlineScores(r, floor), labels: r.labels.slice(), own, valLoss: [] });
  },
  model: (values) => {
    const config = modelConfig(values as PatchVaeParams);
    const floor = config.variance === 'floor' ? ` floor ${config.varianceFloor}` : '';
    return {
      architecture: `patch-vae patch ${config.patchSize} latent ${config.latent} channels ${config.channels} variance ${config.variance}${floor}`,
      topology: { class_name: 'AnomalyLabPatchVae', config },
      specs: null,
    };
  },
  reopen: async (values, weights, facts) => {
    await applyAndLoad(store, values as PatchVaeParams, actions.loadData, 'images-failed');
    const p = store.getState().params;
    const split = store.getState().data.split!;
    const { train: _train, initSeed: _seed, ...rest } = jobInput(p, split.trainX, split.testX, split.valX, detailIndices(split));
    const r = await runScoreJob('patch-vae-restore', { ...rest, weights });
    store.setState({
      result: patchVaeResult(trainKey(p), p, r, split, weights, { trainLoss: [...facts.trainLoss], ...runSummary(facts) }),
      view: { ...store.getState().view, threshold: { old: null, new: null } },
      training: { ...IDLE_PATCH_VAE_TRAINING, ...restoredTraining(facts) },
    });
  },
  rerun: (values) => rerunWith(store, values as PatchVaeParams, actions.train),
  scoreRows: (s) => {
    const r = s.result;
    if (!r) return null;
    const { scoreKind: kind, scoreFloor: floor } = s.view;
    const pos = s.view.positionNorm && r.heldOut !== null;
    // The threshold the Compare cell shows: the chosen one (else the best F1), kept within the scores' range.
    const d = derive(r, kind, floor, pos);
    return thresholdRows(imageScores(shownScores(r, pos), kind, floor), r.labels, clampThreshold(s.view.threshold[kind] ?? d.best.threshold, d.min, d.max));
  },
};

/** The patch-VAE lesson's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('patch-vae', (lang, title) => patchVaeNotebook(store.getState().params, lang, title, store.getState().view.scoreFloor)),
});
