import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { indicesInRegion, regionOf, suggestThresholds, twoSidedCounts } from './two-sided';

const SCORES = [0.05, 0.1, 1, 1.2, 0.9, 12, 13, 0.08];
const GROUP = [1, 0, 0, 0, 0, 2, 2, 1];

describe('two-sided thresholds', () => {
  it('puts scores ≤ low in low and ≥ high in high (the seed used ≤ 0.1 and ≥ 10)', () => {
    expect(regionOf(0.1, 0.1, 10)).toBe('low');
    expect(regionOf(10, 0.1, 10)).toBe('high');
    expect(regionOf(5, 0.1, 10)).toBe('middle');
  });

  it('counts each region and the ground-truth groups it holds', () => {
    const c = twoSidedCounts(SCORES, GROUP, 3, 0.1, 10);
    expect(c.low).toEqual({ total: 3, byGroup: [1, 2, 0] });
    expect(c.middle).toEqual({ total: 3, byGroup: [3, 0, 0] });
    expect(c.high).toEqual({ total: 2, byGroup: [0, 0, 2] });
    expect(Array.from(indicesInRegion(SCORES, 'low', 0.1, 10))).toEqual([0, 1, 7]);
    expect(Array.from(indicesInRegion(SCORES, 'high', 0.1, 10))).toEqual([5, 6]);
  });

  it('refuses crossed thresholds, bad groups and mismatched lengths', () => {
    expect(() => twoSidedCounts(SCORES, GROUP, 3, 5, 5)).toThrow(new ProblemError(problem('thresholds-order', { low: 5, high: 5 })));
    expect(() => twoSidedCounts(SCORES, GROUP, 2, 0.1, 10)).toThrow(new ProblemError(problem('group-out-of-range', { index: 5, group: 2, max: 1 })));
    expect(() => twoSidedCounts(SCORES, GROUP.slice(1), 3, 0.1, 10)).toThrow(new ProblemError(problem('scores-groups-mismatch', { scores: 8, groups: 7 })));
    expect(() => twoSidedCounts([NaN], [0], 1, 0, 1)).toThrow(new ProblemError(problem('score-not-finite', { index: 0 })));
  });
});

describe('suggestThresholds', () => {
  it('cuts at the widest log gap in each tail, like reading the seed histogram by eye', () => {
    // 90 normals 0.5..1.39, 5 clean ones at 0.03..0.07, 5 wrong-shape ones at 12..16
    const errors = [...Array.from({ length: 90 }, (_, i) => 0.5 + i / 100), 0.03, 0.04, 0.05, 0.06, 0.07, 12, 13, 14, 15, 16];
    const s = suggestThresholds(errors);
    expect(s.lowFromGap && s.highFromGap).toBe(true);
    expect(s.low).toBeCloseTo(Math.sqrt(0.07 * 0.5), 9);
    expect(s.high).toBeCloseTo(Math.sqrt(1.39 * 12), 9);
    const c = twoSidedCounts(errors, errors.map((e) => (e < 0.1 ? 1 : e > 10 ? 2 : 0)), 3, s.low, s.high);
    expect(c.low.byGroup).toEqual([0, 5, 0]);
    expect(c.high.byGroup).toEqual([0, 0, 5]);
  });

  it('falls back to the tail quantiles without a clear gap, and refuses bad input', () => {
    const even = Array.from({ length: 100 }, (_, i) => 1 + i / 100);
    const s = suggestThresholds(even);
    expect(s.lowFromGap || s.highFromGap).toBe(false);
    expect(s.low).toBeCloseTo(1.05, 9);
    expect(s.high).toBeCloseTo(1.94, 9);
    expect(() => suggestThresholds([1, 2, 3])).toThrow(new ProblemError(problem('too-few-errors', { min: 4, got: 3 })));
    expect(() => suggestThresholds([0, 1, 2, 3])).toThrow(new ProblemError(problem('errors-not-positive', {})));
  });
});
