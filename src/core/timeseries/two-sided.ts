import { fail } from '../problem';

/**
 * Two-sided thresholds on per-series errors (seed 002): an error at or below
 * `low` is suspiciously easy to reconstruct, at or above `high` too hard; both
 * tails are anomaly candidates, the middle is the majority.
 */
export type Region = 'low' | 'middle' | 'high';

/** Series in one region: how many, and how many of each ground-truth group. */
export interface RegionCount {
  total: number;
  /** Count per group id, length = number of groups. */
  byGroup: number[];
}

/** Counts of the three regions. `low.total + middle.total + high.total` = number of series. */
export interface TwoSidedCounts {
  low: RegionCount;
  middle: RegionCount;
  high: RegionCount;
}

/** Which region `score` falls in: low when ≤ `low`, high when ≥ `high`, else middle. */
export function regionOf(score: number, low: number, high: number): Region {
  if (score <= low) return 'low';
  if (score >= high) return 'high';
  return 'middle';
}

/**
 * Counts the series in each region and their groups.
 * @param scores one error per series (finite)
 * @param group ground-truth group id per series, each in [0, groupCount)
 * @param low lower threshold; @param high upper threshold, low < high
 * Throws on unequal lengths, non-finite scores or thresholds, low ≥ high, or a bad group id.
 */
export function twoSidedCounts(
  scores: ArrayLike<number>,
  group: ArrayLike<number>,
  groupCount: number,
  low: number,
  high: number,
): TwoSidedCounts {
  if (scores.length !== group.length) fail('scores-groups-mismatch', { scores: scores.length, groups: group.length });
  if (!Number.isFinite(low) || !Number.isFinite(high)) fail('thresholds-not-finite', {});
  if (!(low < high)) fail('thresholds-order', { low, high });
  const make = (): RegionCount => ({ total: 0, byGroup: new Array<number>(groupCount).fill(0) });
  const out: TwoSidedCounts = { low: make(), middle: make(), high: make() };
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!Number.isFinite(s)) fail('score-not-finite', { index: i });
    const g = group[i];
    if (!Number.isInteger(g) || g < 0 || g >= groupCount) fail('group-out-of-range', { index: i, group: g, max: groupCount - 1 });
    const r = out[regionOf(s, low, high)];
    r.total += 1;
    r.byGroup[g] += 1;
  }
  return out;
}

/** Indices of the series in `region`, ascending. */
export function indicesInRegion(scores: ArrayLike<number>, region: Region, low: number, high: number): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < scores.length; i++) if (regionOf(scores[i], low, high) === region) picked.push(i);
  return Int32Array.from(picked);
}

/** Suggested two-sided thresholds and whether each came from a clear gap in the errors. */
export interface SuggestedThresholds {
  low: number;
  high: number;
  lowFromGap: boolean;
  highFromGap: boolean;
}

/**
 * Label-free starting thresholds, the way the seed read its histogram by eye:
 * in the lowest and highest `tail` fraction of the sorted errors (all > 0), find
 * the widest gap between neighbours on a log scale; if it is wider than
 * `minRatio` (a factor), put the threshold at its geometric middle, else fall
 * back to the `tail` / 1 − `tail` quantile. Throws on fewer than 4 errors or a
 * non-positive or non-finite error.
 */
export function suggestThresholds(errors: ArrayLike<number>, tail = 0.05, minRatio = 2): SuggestedThresholds {
  const n = errors.length;
  if (n < 4) fail('too-few-errors', { min: 4, got: n });
  const sorted = Float64Array.from(errors).sort();
  if (!(sorted[0] > 0) || !Number.isFinite(sorted[n - 1])) fail('errors-not-positive', {});
  const k = Math.max(1, Math.min(Math.floor(n / 2) - 1, Math.ceil(n * tail)));
  const widest = (from: number, to: number): { at: number; ratio: number } => {
    let at = from;
    let ratio = 1;
    for (let i = from; i < to; i++) {
      const r = sorted[i + 1] / sorted[i];
      if (r > ratio) (ratio = r), (at = i);
    }
    return { at, ratio };
  };
  const lo = widest(0, k);
  const hi = widest(n - 1 - k, n - 1);
  const lowFromGap = lo.ratio >= minRatio;
  const highFromGap = hi.ratio >= minRatio;
  return {
    low: lowFromGap ? Math.sqrt(sorted[lo.at] * sorted[lo.at + 1]) : sorted[k],
    high: highFromGap ? Math.sqrt(sorted[hi.at] * sorted[hi.at + 1]) : sorted[n - 1 - k],
    lowFromGap,
    highFromGap,
  };
}
