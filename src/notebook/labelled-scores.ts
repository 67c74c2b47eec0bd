import { rocCurve, type RocCurve } from '../core/metrics/roc';
import { buildSweep, type ThresholdSweep } from '../core/metrics/threshold-sweep';

/** Test scores split by their label, with their range. */
export interface ScoreGroups {
  /** Scores of the normal samples (label 0), in sample order. */
  normal: Float32Array;
  /** Scores of the anomalies (every other label), in sample order. */
  anomaly: Float32Array;
  /** Smallest and largest score (Infinity and -Infinity when there are none). */
  min: number;
  max: number;
}

/** What every lesson's result cells show for one score over the labelled test set. */
export interface ScoreSummary extends ScoreGroups {
  scores: Float32Array;
  sweep: ThresholdSweep;
  roc: RocCurve;
}

/** Splits per-sample `scores` into normals (label 0) and anomalies, and finds their range. */
export function groupScores(scores: ArrayLike<number>, labels: ArrayLike<number>): ScoreGroups {
  let nNormal = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 0) nNormal++;
  const normal = new Float32Array(nNormal);
  const anomaly = new Float32Array(labels.length - nNormal);
  let a = 0;
  let b = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 0) normal[a++] = scores[i];
    else anomaly[b++] = scores[i];
    min = Math.min(min, scores[i]);
    max = Math.max(max, scores[i]);
  }
  return { normal, anomaly, min, max };
}

/** The groups, range, threshold sweep and ROC curve of one score. */
export function summariseScores(scores: Float32Array, labels: Uint8Array): ScoreSummary {
  return { scores, ...groupScores(scores, labels), sweep: buildSweep(scores, labels), roc: rocCurve(scores, labels) };
}
