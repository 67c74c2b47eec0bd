import type { Confusion } from './threshold-sweep';

/** Which class plays the "positive" role for precision / recall / F1. */
export type PositiveClass = 'anomaly' | 'normal';

/**
 * Summary statistics of one confusion matrix. Every value is in [0, 1] except
 * `tprPlusTnr` in [0, 2]. Any 0/0 ratio is defined as 0.
 */
export interface BinaryStats {
  /** Positive-class precision: correct positive predictions / positive predictions. */
  precision: number;
  /** Positive-class recall: correct positive predictions / actual positives. */
  recall: number;
  /** Harmonic mean of precision and recall, computed as 2TP / (2TP + FP + FN). */
  f1: number;
  /** Fraction of anomalies flagged (score >= threshold); independent of `positive`. */
  tpr: number;
  /** Fraction of normals passed (score < threshold); independent of `positive`. */
  tnr: number;
  /** `tpr + tnr` (the MVTec AD paper's criterion), in [0, 2]. */
  tprPlusTnr: number;
  /** Fraction of all samples classified correctly. */
  accuracy: number;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/**
 * Statistics of `c` (counts with ANOMALY positive, see {@link Confusion}).
 *
 * With `positive = 'anomaly'` precision/recall/F1 are those of the anomaly class.
 * With `positive = 'normal'` the roles swap: a sample is predicted normal iff
 * score < threshold, so TP' = c.tn, FP' = c.fn, FN' = c.fp.
 * `tpr`, `tnr`, `tprPlusTnr` and `accuracy` do not depend on `positive`.
 *
 * 0/0 is defined as 0 (e.g. precision when nothing is predicted positive).
 * Throws if a count is negative or not finite. O(1).
 */
export function binaryStats(c: Confusion, positive: PositiveClass): BinaryStats {
  for (const key of ['tp', 'fp', 'tn', 'fn'] as const) {
    const v = c[key];
    if (!Number.isFinite(v) || v < 0) {
      throw new Error(`binaryStats: ${key} must be a finite non-negative count (got ${v})`);
    }
  }
  const anomalyPositive = positive === 'anomaly';
  const tp = anomalyPositive ? c.tp : c.tn;
  const fp = anomalyPositive ? c.fp : c.fn;
  const fn = anomalyPositive ? c.fn : c.fp;
  const tpr = ratio(c.tp, c.tp + c.fn);
  const tnr = ratio(c.tn, c.tn + c.fp);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    tpr,
    tnr,
    tprPlusTnr: tpr + tnr,
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn),
  };
}

/**
 * Precision of the `positive` class at `c`, or null when nothing is predicted
 * positive (0/0, e.g. the anomaly precision of a threshold above every score).
 * For readouts: `binaryStats` counts that case as 0, which reads like "every
 * flag was wrong"; scikit-learn's `precision_recall_curve` puts precision 1
 * there (its last point). Same role swap as {@link binaryStats}. O(1).
 */
export function precisionOrNull(c: Confusion, positive: PositiveClass): number | null {
  const predicted = positive === 'anomaly' ? c.tp + c.fp : c.tn + c.fn;
  return predicted === 0 ? null : binaryStats(c, positive).precision;
}
