import { buildSweep } from './threshold-sweep';

/**
 * Precision–recall curve, anomaly (label 1) = positive class, matching
 * scikit-learn's `precision_recall_curve` (no truncation at full recall):
 * `thresholds` are the distinct scores in ASCENDING order (length k);
 * `precision[i]` / `recall[i]` are obtained when flagging `score >= thresholds[i]`
 * (i < k), and the arrays end with the extra point precision = 1, recall = 0
 * (length k + 1). Recall is therefore non-increasing.
 */
export interface PrCurve {
  /** Precision in [0, 1]; last element is 1. */
  precision: Float64Array;
  /** Recall in [0, 1]; last element is 0. All NaN when there are no anomalies. */
  recall: Float64Array;
  /** Distinct scores, ascending. */
  thresholds: Float64Array;
  /**
   * Step-wise average precision Σ (R_n − R_{n−1})·P_n in [0, 1]
   * (scikit-learn's `average_precision_score`, no interpolation).
   * NaN when there are no anomalies.
   */
  averagePrecision: number;
}

/**
 * PR curve and average precision of `scores` (higher = more anomalous) against
 * `labels` (1 = anomaly, 0 = normal). Throws on unequal lengths, non-finite
 * scores or labels other than 0/1.
 *
 * No anomalies: recall is all NaN and `averagePrecision` is NaN. (Deliberate
 * deviation: scikit-learn warns, sets recall to 1 and returns AP = 0.)
 * No normals: precision is 1 everywhere and AP = 1. O(n log n).
 */
export function prCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): PrCurve {
  const sweep = buildSweep(scores, labels);
  const k = sweep.thresholds.length;
  const P = sweep.positives;
  const precision = new Float64Array(k + 1);
  const recall = new Float64Array(k + 1);
  const thresholds = new Float64Array(k);
  // Σ Δtp·precision in count units, divided once: stays <= 1 under rounding.
  let apSum = 0;
  let prevTp = 0;
  for (let i = 0; i < k; i++) {
    const tp = sweep.tpAtLeast[i];
    const prec = tp / (tp + sweep.fpAtLeast[i]);
    const j = k - 1 - i;
    thresholds[j] = sweep.thresholds[i];
    precision[j] = prec;
    recall[j] = tp / P;
    apSum += (tp - prevTp) * prec;
    prevTp = tp;
  }
  precision[k] = 1;
  recall[k] = 0;
  if (P === 0) recall.fill(NaN);
  return { precision, recall, thresholds, averagePrecision: P === 0 ? NaN : apSum / P };
}
