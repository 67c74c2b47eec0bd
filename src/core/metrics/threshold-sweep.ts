import { validateScoresLabels, validateThreshold } from './validate';

/**
 * Confusion counts with ANOMALY as the positive class: a sample is predicted
 * anomalous iff `score >= threshold`.
 *
 * - `tp`: anomalies flagged (score >= threshold)
 * - `fp`: normals flagged
 * - `tn`: normals passed (score < threshold)
 * - `fn`: anomalies passed
 */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * Precomputed cumulative counts for evaluating many thresholds quickly.
 *
 * `thresholds` holds the distinct scores in strictly DESCENDING order; for each
 * index `i`, `tpAtLeast[i]` / `fpAtLeast[i]` count the anomalies / normals whose
 * score is `>= thresholds[i]` (both non-decreasing in `i`). Treat as read-only.
 */
export interface ThresholdSweep {
  thresholds: Float64Array;
  tpAtLeast: Uint32Array;
  fpAtLeast: Uint32Array;
  /** Number of anomalies (label 1). */
  positives: number;
  /** Number of normals (label 0). */
  negatives: number;
}

/**
 * Sorts the scores once and builds the cumulative count table.
 *
 * Validates inputs (equal lengths, finite scores, 0/1 labels; throws otherwise).
 * Empty input gives an empty table. O(n log n) time, O(n) memory.
 */
export function buildSweep(scores: ArrayLike<number>, labels: ArrayLike<number>): ThresholdSweep {
  const positives = validateScoresLabels(scores, labels, 'buildSweep');
  const negatives = scores.length - positives;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  for (let i = 0, p = 0, q = 0; i < scores.length; i++) {
    if (labels[i] === 1) pos[p++] = scores[i];
    else neg[q++] = scores[i];
  }
  pos.sort();
  neg.sort();

  const thresholds = new Float64Array(scores.length);
  const tpAtLeast = new Uint32Array(scores.length);
  const fpAtLeast = new Uint32Array(scores.length);
  let i = positives - 1;
  let j = negatives - 1;
  let tp = 0;
  let fp = 0;
  let k = 0;
  while (i >= 0 || j >= 0) {
    const a = i >= 0 ? pos[i] : -Infinity;
    const b = j >= 0 ? neg[j] : -Infinity;
    const t = a >= b ? a : b;
    while (i >= 0 && pos[i] === t) {
      tp++;
      i--;
    }
    while (j >= 0 && neg[j] === t) {
      fp++;
      j--;
    }
    thresholds[k] = t;
    tpAtLeast[k] = tp;
    fpAtLeast[k] = fp;
    k++;
  }
  return {
    thresholds: thresholds.slice(0, k),
    tpAtLeast: tpAtLeast.slice(0, k),
    fpAtLeast: fpAtLeast.slice(0, k),
    positives,
    negatives,
  };
}

/**
 * Number of table entries whose threshold is `>= threshold`, i.e. the length of
 * the prefix of `sweep.thresholds` (descending) that would be flagged. O(log n).
 */
function flaggedPrefix(sweep: ThresholdSweep, threshold: number): number {
  const t = sweep.thresholds;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] >= threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Confusion counts at `threshold` (anomaly positive, flagged iff score >= threshold)
 * by binary search in the sweep. `threshold` may be ±Infinity; NaN throws.
 * O(log n).
 */
export function countsAt(sweep: ThresholdSweep, threshold: number): Confusion {
  validateThreshold(threshold, 'countsAt');
  const k = flaggedPrefix(sweep, threshold);
  const tp = k > 0 ? sweep.tpAtLeast[k - 1] : 0;
  const fp = k > 0 ? sweep.fpAtLeast[k - 1] : 0;
  return { tp, fp, tn: sweep.negatives - fp, fn: sweep.positives - tp };
}

/**
 * Direct confusion counts at `threshold` (anomaly positive, flagged iff
 * score >= threshold). Validates inputs like {@link buildSweep}. O(n).
 */
export function confusionAt(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
): Confusion {
  validateScoresLabels(scores, labels, 'confusionAt');
  validateThreshold(threshold, 'confusionAt');
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < scores.length; i++) {
    const flagged = scores[i] >= threshold;
    if (labels[i] === 1) {
      if (flagged) c.tp++;
      else c.fn++;
    } else if (flagged) c.fp++;
    else c.tn++;
  }
  return c;
}
