import { FACE_SIZE } from '../../core/pipeline/conv-ae-pca-types';
import { scoreCurves } from '../../core/runs/run-curves';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { captureOnce, capturedRun, rerunWith, thresholdRows } from '../../notebook/runs/adapter-helpers';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import { problemError, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { addProblemTexts } from '../../notebook/settings/problem-text';
import { actions, store } from './instance';
import { convAePcaNotebook } from './notebook';
import { SETTINGS, type ConvAePcaParams } from './params';
import type { ConvAePcaState } from './state';

addProblemTexts({
  'cap-reopen-retrain': {
    en: 'A run of this lesson cannot be rebuilt from its weights yet: press Re-run to train it again with its settings and seed.',
    ja: 'このレッスンの実行は、まだ重みから作り直せません。「再実行」を押すと、同じ設定とシードでもう一度学習します。',
  },
});

const running = (s: ConvAePcaState) => s.training.status === 'running';
/** The result of a full run (PCA and the AE), not of PCA fitted alone. */
const fullResult = (s: ConvAePcaState) => (s.result?.job.ae && !running(s) ? s.result : null);

/**
 * The lesson in the runs mechanism. A run is kept when the AE has trained;
 * its headline is the AE's image score, and PCA's and the AE's image and
 * pixel AUCs are its own columns.
 */
export const adapter: RunsAdapter<ConvAePcaState> = {
  lessonId: 'conv-ae-pca',
  table: SETTINGS,
  values: (s) => fullResult(s)?.params ?? s.params,
  result: fullResult,
  busy: (s) => running(s) || s.busy || s.data.status === 'loading' || s.folder.status === 'reading',
  weights: (s) => fullResult(s)?.job.ae?.weights ?? null,
  ownMetrics: [
    { key: 'pcaAuc', label: { en: 'PCA image AUC', ja: 'PCA の画像 AUC' }, digits: 3 },
    { key: 'pcaPixelAuc', label: { en: 'PCA pixel AUC', ja: 'PCA の画素 AUC' }, digits: 3 },
    { key: 'aePixelAuc', label: { en: 'AE pixel AUC', ja: 'AE の画素 AUC' }, digits: 3 },
    { key: 'explained', label: { en: 'explained variance at k', ja: 'k での説明された分散' }, digits: 3 },
  ],
  capture: captureOnce(fullResult, (r, s) => {
    const { pca, ae } = r.job;
    if (!ae) return null;
    const k = Math.min(r.params.k, pca.variances.length);
    const own = { pcaAuc: pca.evaluation.auc, pcaPixelAuc: pca.evaluation.pixelAuc, aePixelAuc: ae.evaluation.pixelAuc, explained: pca.cumulativeExplained[k - 1] };
    const extra = { source: r.data.source.kind, folder: r.data.source.kind === 'folder' ? s.folder.name : null };
    return capturedRun(ae, { ...ae, backend: r.job.backend }, { settings: { ...r.params }, seed: r.params.seed, scores: Float32Array.from(ae.evaluation.scores), labels: r.data.testLabels.slice(), own, extra });
  }),
  model: (values) => {
    const p = values as ConvAePcaParams;
    return { architecture: `conv-ae-pca ${FACE_SIZE}x${FACE_SIZE} depth ${p.depth} width ${p.width} latent ${p.latent}`, topology: { lesson: 'conv-ae-pca', depth: p.depth, width: Number(p.width), latent: p.latent }, specs: null };
  },
  reopen: async () => {
    throw problemError(problem('cap-reopen-retrain'));
  },
  rerun: (values) => rerunWith(store, values as ConvAePcaParams, actions.train),
  scoreRows: (s) => {
    const r = fullResult(s);
    if (!r?.job.ae) return null;
    const names = r.data.source.kind === 'folder' ? r.data.source.testNames : null;
    // No threshold slider in this lesson: flag at the best-F1 threshold (glasses = positive).
    const { bestThreshold } = scoreCurves(r.job.ae.evaluation.scores, r.data.testLabels).headline;
    return thresholdRows(r.job.ae.evaluation.scores, r.data.testLabels, bestThreshold, names);
  },
};

/** The lesson's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('conv-ae-pca', (lang, title) => convAePcaNotebook(store.getState().params, lang, title)),
});
