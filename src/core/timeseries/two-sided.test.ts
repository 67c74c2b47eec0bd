import { describe, expect, it } from 'vitest';
import { indicesInRegion, regionOf, twoSidedCounts } from './two-sided';

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
    expect(() => twoSidedCounts(SCORES, GROUP, 3, 5, 5)).toThrow(/must be below the high threshold/);
    expect(() => twoSidedCounts(SCORES, GROUP, 2, 0.1, 10)).toThrow(/group 2, outside 0..1/);
    expect(() => twoSidedCounts(SCORES, GROUP.slice(1), 3, 0.1, 10)).toThrow(/8 scores but 7/);
    expect(() => twoSidedCounts([NaN], [0], 1, 0, 1)).toThrow(/not a finite number/);
  });
});
