/**
 * A small fake run of the lesson for tests that render its cells (not used by
 * the app): 16×16 faces, 6 training faces, 8 test faces (4 without, then 4
 * with glasses and their masks), PCA with 4 components and a trained AE.
 */
import { rocCurve } from '../../core/metrics/roc';
import type { ConvAePcaJobResult, FaceData, MethodEvaluation } from '../../core/pipeline/conv-ae-pca-types';
import { dataKey, trainKey } from './keys';
import type { ConvAePcaState } from './state';

const SIZE = 16;
const AREA = SIZE * SIZE;
const N_TEST = 8;
const MAX = 4;

/** The fake faces; without `anomalies`, a learner's folder with no attributes file: every test face is a normal and there are no masks. */
function faceData(anomalies = true): FaceData {
  const faces = (n: number, seed: number) => Float32Array.from({ length: n * AREA }, (_, i) => 0.5 + 0.4 * Math.sin(i * 0.37 + seed) * Math.cos((i % SIZE) * 0.9));
  const testMasks = new Uint8Array(N_TEST * AREA);
  for (let k = 4; k < N_TEST; k++) for (let x = 3; x < 13; x++) testMasks[k * AREA + 6 * SIZE + x] = 1;
  const base = { size: SIZE, train: faces(6, 1), test: faces(N_TEST, 2) };
  if (!anomalies) return { ...base, testLabels: new Uint8Array(N_TEST), testMasks: null, source: { kind: 'folder', testNames: Array.from({ length: N_TEST }, (_, i) => `${i}.png`), print: { images: 6 + N_TEST, files: 'fake-files', seed: 0, split: 'fake-split' } } };
  return { ...base, testLabels: Uint8Array.from({ length: N_TEST }, (_, i) => (i < 4 ? 0 : 1)), testMasks, source: { kind: 'builtin', style: 'lorelei', variant: 'normal' } };
}

/** A method whose scores rank the glasses faces above the others by `gain`, with maps brighter on the masks. */
function evaluation(d: FaceData, gain: number): MethodEvaluation {
  const scores = Float64Array.from({ length: N_TEST }, (_, i) => 10 + i + (i >= 4 ? gain : 0));
  const roc = rocCurve(scores, d.testLabels);
  const masks = d.testMasks;
  const diffs = Float32Array.from({ length: N_TEST * AREA }, (_, i) => 0.05 + (masks?.[i] ? 0.1 * gain : 0));
  const pixel = masks
    ? {
        pixelAuc: 0.7 + 0.02 * gain,
        pixelAucAnomalies: 0.75 + 0.02 * gain,
        pixelRoc: { fpr: Float64Array.of(0, 0.3, 1), tpr: Float64Array.of(0, 0.6 + 0.02 * gain, 1), thresholds: Float64Array.of(Infinity, 0.1, 0) },
        meanDiffInside: 0.05 + 0.1 * gain,
        meanDiffOutside: 0.05,
      }
    : { pixelAuc: NaN, pixelAucAnomalies: NaN, pixelRoc: { fpr: new Float64Array(0), tpr: new Float64Array(0), thresholds: new Float64Array(0) }, meanDiffInside: NaN, meanDiffOutside: NaN };
  return {
    scores,
    auc: roc.auc,
    roc: { fpr: roc.fpr, tpr: roc.tpr, thresholds: roc.thresholds },
    ...pixel,
    hardestNormals: [3, 2, 1, 0],
    reconstructions: d.test.map((v) => 0.8 * v + 0.1),
    diffs,
  };
}

/** The AE's run facts: two epochs, no validation. */
const TWO_EPOCHS = {
  trainLoss: [0.05, 0.03],
  valLoss: [Number.NaN, Number.NaN],
  epochsRun: 2,
  bestEpoch: 2,
  stopReason: 'completed' as const,
  stop: { reason: 'completed' as const, epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: false },
  secondsPerEpoch: 1.5,
};

/** The job's result for the fake faces (PCA's AUC by k is NaN when they hold no anomalies). */
export function fakeJobResult(d: FaceData): ConvAePcaJobResult {
  const ratios = Float64Array.of(0.4, 0.2, 0.1, 0.05);
  const aucByK = d.testLabels.includes(1) ? Float64Array.of(0.6, 0.7, 0.75, 0.72) : new Float64Array(MAX).fill(NaN);
  return {
    size: SIZE,
    pca: {
      mean: new Float32Array(AREA).fill(0.5),
      components: Float32Array.from({ length: MAX * AREA }, (_, i) => Math.sin(i * 0.11) / 8),
      variances: ratios.map((r) => r * 10),
      explainedVarianceRatio: ratios,
      cumulativeExplained: Float64Array.of(0.4, 0.6, 0.7, 0.75),
      testCodes: Float32Array.from({ length: N_TEST * MAX }, (_, i) => Math.cos(i)),
      testCentredNorms: Float64Array.from({ length: N_TEST }, (_, i) => 20 + i),
      aucByK,
      evaluation: evaluation(d, 2),
      seconds: 0.5,
    },
    ae: { evaluation: evaluation(d, 3), ...TWO_EPOCHS, weights: [], parameters: 12345 },
    seconds: 4,
    backend: 'wasm',
  };
}

/** The lesson's data and result after the fake run (the training state is the caller's); `anomalies: false` = a folder without glasses. */
export function fakeFaceRun(s: ConvAePcaState, anomalies = true): Pick<ConvAePcaState, 'data' | 'result'> {
  const data = faceData(anomalies);
  const params = { ...s.params, k: 3 };
  return { data: { status: 'ready', error: null, faces: data, key: dataKey(s.params) }, result: { key: trainKey(s.params), data, job: fakeJobResult(data), params } };
}
