import { bestF1 } from '../metrics/best-f1';
import { prCurve } from '../metrics/pr';
import { rocCurve } from '../metrics/roc';

/** ROC and PR points of one scored test set, as float32 (plain data for storage and overlays). */
export interface ScoreCurves {
  roc: { fpr: Float32Array; tpr: Float32Array };
  pr: { recall: Float32Array; precision: Float32Array };
}

/** AUC, AP and the best F1 (anomaly = positive) of one scored test set; each NaN when the labels hold one class only (nothing to measure). */
export interface ScoreHeadline {
  auc: number;
  ap: number;
  /** NaN without both normals and anomalies, as `auc` (the search would report 0 for no anomalies). */
  bestF1: number;
  /** The threshold of the best F1 (flag `score ≥ threshold`). */
  bestThreshold: number;
}

/**
 * Headline metrics and curves of per-sample scores.
 * @param scores higher = more anomalous, length n
 * @param labels 1 = anomaly, 0 = normal, length n
 */
export function scoreCurves(scores: ArrayLike<number>, labels: ArrayLike<number>): { headline: ScoreHeadline; curves: ScoreCurves } {
  const roc = rocCurve(scores, labels);
  const pr = prCurve(scores, labels);
  const best = bestF1(scores, labels, 'anomaly');
  return {
    headline: { auc: roc.auc, ap: pr.averagePrecision, bestF1: Number.isNaN(roc.auc) ? NaN : best.f1, bestThreshold: best.threshold },
    curves: { roc: { fpr: Float32Array.from(roc.fpr), tpr: Float32Array.from(roc.tpr) }, pr: { recall: Float32Array.from(pr.recall), precision: Float32Array.from(pr.precision) } },
  };
}
