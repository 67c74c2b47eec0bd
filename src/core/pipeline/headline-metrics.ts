import { bestF1, type BestF1 } from '../metrics/best-f1';
import { prCurve } from '../metrics/pr';
import { rocAuc } from '../metrics/roc';

/** Headline numbers of a scored test set. */
export interface HeadlineMetrics {
  /** ROC AUC, anomaly = positive (exact with ties). */
  auc: number;
  /** Average precision, anomaly = positive. */
  ap: number;
  /** Best F1 with normal = positive, seed 000's convention. */
  bestF1: BestF1;
  /** Best F1 with anomaly = positive. */
  bestF1Anomaly: BestF1;
}

/**
 * AUC, AP and best-F1 thresholds of per-sample scores.
 * @param scores higher = more anomalous
 * @param labels 1 = anomaly, 0 = normal
 */
export function headlineMetrics(scores: ArrayLike<number>, labels: ArrayLike<number>): HeadlineMetrics {
  return {
    auc: rocAuc(scores, labels),
    ap: prCurve(scores, labels).averagePrecision,
    bestF1: bestF1(scores, labels, 'normal'),
    bestF1Anomaly: bestF1(scores, labels, 'anomaly'),
  };
}
