/**
 * How well one method's reconstructions find the glasses: image scores, image
 * and pixel ROC, mean |difference| inside and outside the masks and the
 * hardest normals. Plain TypeScript on plain data (no tfjs).
 */
import { pixelRocPro } from '../inspection/pixel-metrics';
import { rocCurve } from '../metrics/roc';
import type { FaceData, MethodEvaluation } from './conv-ae-pca-types';

/** Points kept in the pixel ROC curve. */
const PIXEL_ROC_POINTS = 300;

/** Default number of hardest normals listed. */
export const DEFAULT_HARDEST = 8;

/** Image score: the sum of squared residuals of each image [n]. */
export function squaredErrorScores(x: Float32Array, reconstructions: Float32Array, area: number): Float64Array {
  const n = x.length / area;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = i * area; p < (i + 1) * area; p++) s += (x[p] - reconstructions[p]) ** 2;
    scores[i] = s;
  }
  return scores;
}

/** Indices of the `count` highest-scoring images with label 0, highest first. */
export function hardestNormals(scores: ArrayLike<number>, labels: ArrayLike<number>, count: number): number[] {
  const normals = Array.from({ length: labels.length }, (_, i) => i).filter((i) => labels[i] === 0);
  return normals.sort((a, b) => scores[b] - scores[a] || a - b).slice(0, count);
}

const emptyRoc = () => ({ fpr: new Float64Array(0), tpr: new Float64Array(0), thresholds: new Float64Array(0) });

/**
 * Evaluates reconstructions of `data.test` [nTest, size²] (taken over, not copied).
 * Scores: sum of squared residuals; pixel maps: |input − reconstruction|.
 */
export function evaluateMethod(data: FaceData, reconstructions: Float32Array, hardestCount = DEFAULT_HARDEST): MethodEvaluation {
  const area = data.size * data.size;
  const n = data.testLabels.length;
  const diffs = new Float32Array(data.test.length);
  for (let p = 0; p < diffs.length; p++) diffs[p] = Math.abs(data.test[p] - reconstructions[p]);
  const scores = squaredErrorScores(data.test, reconstructions, area);
  const roc = rocCurve(scores, data.testLabels);
  const base = { scores, auc: roc.auc, roc: { fpr: roc.fpr, tpr: roc.tpr, thresholds: roc.thresholds }, hardestNormals: hardestNormals(scores, data.testLabels, hardestCount), reconstructions, diffs };
  const masks = data.testMasks;
  const hasMasked = masks !== null && masks.some((v) => v !== 0);
  if (!masks || !hasMasked) return { ...base, pixelAuc: NaN, pixelAucAnomalies: NaN, pixelRoc: emptyRoc(), meanDiffInside: NaN, meanDiffOutside: NaN };
  const maps = Array.from({ length: n }, (_, i) => diffs.subarray(i * area, (i + 1) * area));
  const maskList = Array.from({ length: n }, (_, i) => masks.subarray(i * area, (i + 1) * area));
  const all = pixelRocPro(maps, maskList, data.size, data.size, { maxPoints: PIXEL_ROC_POINTS });
  const anomalies = Array.from({ length: n }, (_, i) => i).filter((i) => data.testLabels[i] === 1);
  const onAnomalies = pixelRocPro(maps, maskList, data.size, data.size, { maxPoints: 3, images: anomalies });
  let inside = 0;
  let nInside = 0;
  let outside = 0;
  for (let p = 0; p < diffs.length; p++) {
    if (masks[p]) {
      inside += diffs[p];
      nInside++;
    } else outside += diffs[p];
  }
  return {
    ...base,
    pixelAuc: all.auroc,
    pixelAucAnomalies: onAnomalies.auroc,
    pixelRoc: all.roc,
    meanDiffInside: inside / nInside,
    meanDiffOutside: outside / (diffs.length - nInside),
  };
}

/**
 * Image AUC of PCA for every k = 1..kMax from the test codes: the squared
 * residual with k axes is centredNorm − Σ_{c<k} code_c².
 * @param codes [nTest, kMax] row-major
 */
export function aucByComponents(codes: Float32Array, centredNorms: Float64Array, kMax: number, labels: ArrayLike<number>): { aucs: Float64Array; scoresAt: (k: number) => Float64Array } {
  const n = centredNorms.length;
  const scoresAt = (k: number): Float64Array => {
    const s = Float64Array.from(centredNorms);
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) s[i] -= codes[i * kMax + c] ** 2;
    return s;
  };
  const aucs = new Float64Array(kMax);
  const running = Float64Array.from(centredNorms);
  for (let k = 1; k <= kMax; k++) {
    for (let i = 0; i < n; i++) running[i] -= codes[i * kMax + k - 1] ** 2;
    aucs[k - 1] = rocCurve(running, labels).auc;
  }
  return { aucs, scoresAt };
}
