import { rocCurve, type RocCurve } from '../metrics/roc';

/** Which tail marks the anomaly group: 'high' scores by the error, 'low' by −error. */
export type Tail = 'high' | 'low';

/**
 * ROC of one anomaly group against one reference group (usually the normals),
 * every other series left out. With `tail` 'low' the score is −error, so a group
 * that reconstructs too well (seed 002's low-noise sines) gets AUC near 1.
 * @param errors per-series error, length n
 * @param group ground-truth group id per series, length n
 * Throws (via rocCurve) on unequal lengths or non-finite errors; AUC is NaN when a group is empty.
 */
export function groupRoc(errors: ArrayLike<number>, group: ArrayLike<number>, anomalyGroup: number, normalGroup: number, tail: Tail): RocCurve {
  if (errors.length !== group.length) throw new Error(`Got ${errors.length} errors but ${group.length} group labels.`);
  const scores: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < errors.length; i++) {
    const g = group[i];
    if (g !== anomalyGroup && g !== normalGroup) continue;
    scores.push(tail === 'high' ? errors[i] : -errors[i]);
    labels.push(g === anomalyGroup ? 1 : 0);
  }
  return rocCurve(scores, labels);
}

/** The tail a group is expected on: low-noise (id 1) low, every other anomaly kind high. */
export function expectedTail(groupName: string): Tail {
  return groupName === 'low-noise' ? 'low' : 'high';
}

/**
 * Per-series mean squared error from Σ(x − x̂)² (ReconstructionScores.l2) and the length L.
 * Returns a new Float32Array.
 */
export function meanSquaredErrors(l2: Float32Array, L: number): Float32Array {
  const out = new Float32Array(l2.length);
  for (let i = 0; i < l2.length; i++) out[i] = l2[i] / L;
  return out;
}
