/**
 * Input validation shared by the metric functions.
 *
 * Conventions (whole `metrics` module): higher score = more anomalous;
 * label 1 = anomaly, label 0 = normal.
 */

/**
 * Checks that `scores` and `labels` describe the same samples.
 *
 * Throws an `Error` (message prefixed with `fn`) when the lengths differ, when a
 * score is NaN or ±Infinity, or when a label is not exactly 0 or 1.
 * Returns the number of anomalies (label 1). O(n).
 */
export function validateScoresLabels(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  fn: string,
): number {
  if (scores.length !== labels.length) {
    throw new Error(
      `${fn}: scores and labels must have equal lengths (got ${scores.length} and ${labels.length})`,
    );
  }
  let anomalies = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!Number.isFinite(s)) {
      throw new Error(`${fn}: scores must be finite numbers (scores[${i}] = ${s})`);
    }
    const y = labels[i];
    if (y === 1) anomalies++;
    else if (y !== 0) {
      throw new Error(`${fn}: labels must be 0 (normal) or 1 (anomaly) (labels[${i}] = ${y})`);
    }
  }
  return anomalies;
}

/** Throws an `Error` when `threshold` is NaN (±Infinity is allowed). */
export function validateThreshold(threshold: number, fn: string): void {
  if (Number.isNaN(threshold)) {
    throw new Error(`${fn}: threshold must not be NaN`);
  }
}
