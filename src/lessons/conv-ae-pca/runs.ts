import { convAeWeightSpecs } from '../../core/model-io/conv-ae-topology';
import { FACE_SIZE } from '../../core/pipeline/conv-ae-pca-types';
import { scoreCurves } from '../../core/runs/run-curves';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { captureOnce, capturedRun, rerunWith, thresholdRows } from '../../notebook/runs/adapter-helpers';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import type { RunsAdapter } from '../../notebook/runs/runs-adapter';
import { actions, store } from './instance';
import { scorable } from './derived';
import { folderInUse } from './folder-action';
import { printExtra, runDataProblem, type FolderInUse } from './folder-print';
import { convAePcaNotebook } from './notebook';
import { SETTINGS, type ConvAePcaParams } from './params';
import type { ConvAePcaState } from './state';

export { runDataProblem };

/** The learner's folder in use now, with the print of its faces, or null. */
function folderNow(s: ConvAePcaState): FolderInUse | null {
  const source = s.data.faces?.source;
  return folderInUse(s) && source?.kind === 'folder' ? { name: s.folder.name ?? '', print: source.print } : null;
}

const running = (s: ConvAePcaState) => s.training.status === 'running';
/** The result of a full run (PCA and the AE), not of PCA fitted alone. */
const fullResult = (s: ConvAePcaState) => (s.result?.job.ae && !running(s) ? s.result : null);

/**
 * The lesson in the runs mechanism. A run is kept when the AE has trained;
 * its headline is the AE's image score, and PCA's and the AE's image and
 * pixel AUCs are its own columns. The AE trains without validation faces,
 * so a run has no validation loss curve. A kept run reopens without training:
 * PCA is fitted again (seconds) and the AE is rebuilt from the run's weights.
 */
export const adapter: RunsAdapter<ConvAePcaState> = {
  lessonId: 'conv-ae-pca',
  table: SETTINGS,
  values: (s) => fullResult(s)?.params ?? s.params,
  result: fullResult,
  busy: (s) => running(s) || s.busy || s.data.status === 'loading' || s.folder.status === 'reading',
  weights: (s) => fullResult(s)?.job.ae?.weights ?? null,
  headlineLabels: {
    auc: { en: 'AE image AUC', ja: 'AE の画像 AUC' },
    ap: { en: 'AE image AP', ja: 'AE の画像 AP' },
    f1: { en: 'AE best F1', ja: 'AE の最良 F1' },
  },
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
    const src = r.data.source;
    const extra = src.kind === 'folder' ? { source: src.kind, folder: s.folder.name, ...printExtra(src.print) } : { source: src.kind, folder: null };
    const run = capturedRun(ae, { ...ae, backend: r.job.backend }, { settings: { ...r.params }, seed: r.params.seed, scores: Float32Array.from(ae.evaluation.scores), labels: r.data.testLabels.slice(), own, extra, valLoss: [] });
    // Without both classes there is no F1 to find (the search would report 0), as there is no AUC.
    return scorable(r.data) ? run : { ...run, metrics: { ...run.metrics, bestF1: NaN } };
  }),
  model: (values) => {
    const p = values as ConvAePcaParams;
    const specs = convAeWeightSpecs({ inputSize: FACE_SIZE, latent: p.latent, width: Number(p.width), depth: p.depth }, ['l2']);
    return { architecture: `conv-ae-pca ${FACE_SIZE}x${FACE_SIZE} depth ${p.depth} width ${p.width} latent ${p.latent}`, topology: { lesson: 'conv-ae-pca', depth: p.depth, width: Number(p.width), latent: p.latent }, specs };
  },
  reopenProblem: (run, s) => runDataProblem(run, folderNow(s)),
  reopen: (values, weights, facts) => actions.restore(values as ConvAePcaParams, weights, facts),
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
