import { binaryStats, type PositiveClass } from './binary-stats';
import { buildSweep, countsAt } from './threshold-sweep';

/** Threshold maximising F1, with the precision and recall reached there. */
export interface BestF1 {
  /** Chosen threshold; samples with score >= threshold are predicted anomalous. */
  threshold: number;
  /** Precision of the `positive` class at `threshold`, in [0, 1]. */
  precision: number;
  /** Recall of the `positive` class at `threshold`, in [0, 1]. */
  recall: number;
  /** Maximum F1 in [0, 1] (0/0 counts as 0). */
  f1: number;
}

/**
 * Finds the threshold with the highest F1 for the `positive` class
 * (see {@link binaryStats} for the 'normal' role swap).
 *
 * Without `candidates`, every distinct score plus +Infinity (nothing flagged) is
 * tried: O(n log n) via one sort. With `candidates`, only those thresholds are
 * tried (any order, ±Infinity allowed, NaN throws, empty throws):
 * O(n log n + m log n).
 *
 * Ties: the LOWEST threshold reaching the maximum F1 wins. F1 is computed as
 * 2TP / (2TP + FP + FN) from integer counts, so equal fractions compare equal.
 * Validates scores/labels like `buildSweep`. Empty data gives threshold +Infinity
 * and all-zero statistics.
 */
export function bestF1(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  positive: PositiveClass,
  candidates?: ArrayLike<number>,
): BestF1 {
  const sweep = buildSweep(scores, labels);
  if (candidates !== undefined && candidates.length === 0) {
    throw new Error('bestF1: candidates must not be empty');
  }
  const list = candidates ?? [Infinity, ...sweep.thresholds];
  let best: BestF1 | undefined;
  for (let i = 0; i < list.length; i++) {
    const threshold = list[i];
    if (Number.isNaN(threshold)) {
      throw new Error(`bestF1: candidates must not be NaN (candidates[${i}])`);
    }
    const s = binaryStats(countsAt(sweep, threshold), positive);
    if (
      best === undefined ||
      s.f1 > best.f1 ||
      (s.f1 === best.f1 && threshold < best.threshold)
    ) {
      best = { threshold, precision: s.precision, recall: s.recall, f1: s.f1 };
    }
  }
  return best as BestF1;
}
