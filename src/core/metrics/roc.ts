import { buildSweep, type ThresholdSweep } from './threshold-sweep';

/**
 * Receiver operating characteristic curve, anomaly (label 1) = positive class.
 *
 * Same semantics as scikit-learn's `roc_curve(y, scores, drop_intermediate=False)`:
 * `thresholds[0] = +Infinity` with the point (fpr, tpr) = (0, 0), followed by
 * every distinct score in DESCENDING order; tied scores form a single step.
 * Point `i` is the rate obtained when flagging `score >= thresholds[i]`.
 * All three arrays have length (number of distinct scores + 1).
 */
export interface RocCurve {
  /** False positive rate in [0, 1], non-decreasing; all NaN when there are no normals. */
  fpr: Float64Array;
  /** True positive rate in [0, 1], non-decreasing; all NaN when there are no anomalies. */
  tpr: Float64Array;
  /** +Infinity, then distinct scores in descending order. */
  thresholds: Float64Array;
  /** Trapezoidal area under the curve in [0, 1]; NaN when either class is empty. */
  auc: number;
}

/**
 * Area from cumulative counts, exact up to the final division: the doubled
 * trapezoid sum Σ Δfp·(tp + tp_prev) is an integer equal to 2·U (Mann–Whitney).
 */
function aucFromSweep(sweep: ThresholdSweep): number {
  const { positives, negatives, tpAtLeast, fpAtLeast } = sweep;
  if (positives === 0 || negatives === 0) return NaN;
  let twiceU = 0;
  let prevTp = 0;
  let prevFp = 0;
  for (let i = 0; i < tpAtLeast.length; i++) {
    twiceU += (fpAtLeast[i] - prevFp) * (tpAtLeast[i] + prevTp);
    prevTp = tpAtLeast[i];
    prevFp = fpAtLeast[i];
  }
  return twiceU / (2 * positives * negatives);
}

/**
 * ROC curve of `scores` (higher = more anomalous) against `labels`
 * (1 = anomaly, 0 = normal). Throws on unequal lengths, non-finite scores or
 * labels other than 0/1. When a class is empty the corresponding rate array is
 * all NaN and `auc` is NaN (scikit-learn warns and returns NaN rates too).
 * O(n log n).
 */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): RocCurve {
  const sweep = buildSweep(scores, labels);
  const k = sweep.thresholds.length;
  const fpr = new Float64Array(k + 1);
  const tpr = new Float64Array(k + 1);
  const thresholds = new Float64Array(k + 1);
  thresholds[0] = Infinity;
  thresholds.set(sweep.thresholds, 1);
  for (let i = 0; i < k; i++) {
    fpr[i + 1] = sweep.fpAtLeast[i] / sweep.negatives;
    tpr[i + 1] = sweep.tpAtLeast[i] / sweep.positives;
  }
  if (sweep.negatives === 0) fpr.fill(NaN);
  if (sweep.positives === 0) tpr.fill(NaN);
  return { fpr, tpr, thresholds, auc: aucFromSweep(sweep) };
}

/**
 * ROC AUC in [0, 1]: the trapezoidal area under {@link rocCurve}, which equals
 * the Mann–Whitney statistic P(score_anomaly > score_normal) + ½·P(tie).
 * 0.5 = chance, 1 = every anomaly outranks every normal. NaN when either class
 * is empty. Same validation as {@link rocCurve}. O(n log n).
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  return aucFromSweep(buildSweep(scores, labels));
}
