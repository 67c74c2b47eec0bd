import { describe, expect, it } from 'vitest';
import { binaryStats, precisionOrNull } from './binary-stats';

describe('binaryStats', () => {
  // 5 anomalies (3 flagged), 6 normals (1 flagged).
  const c = { tp: 3, fp: 1, tn: 5, fn: 2 };

  it('uses anomaly as the positive class', () => {
    const s = binaryStats(c, 'anomaly');
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.6);
    expect(s.f1).toBeCloseTo(2 / 3, 15); // 2·0.75·0.6 / 1.35
    expect(s.tpr).toBe(0.6);
    expect(s.tnr).toBeCloseTo(5 / 6, 15);
    expect(s.tprPlusTnr).toBeCloseTo(0.6 + 5 / 6, 15);
    expect(s.accuracy).toBeCloseTo(8 / 11, 15);
  });

  it("swaps roles with positive 'normal' (TP'=tn, FP'=fn, FN'=fp)", () => {
    const s = binaryStats(c, 'normal');
    expect(s.precision).toBeCloseTo(5 / 7, 15); // 5 passed normals among 7 passed
    expect(s.recall).toBeCloseTo(5 / 6, 15); // 5 of 6 normals passed
    expect(s.f1).toBeCloseTo(10 / 13, 15);
    // Independent of the positive class:
    const a = binaryStats(c, 'anomaly');
    expect(s.tpr).toBe(a.tpr);
    expect(s.tnr).toBe(a.tnr);
    expect(s.tprPlusTnr).toBe(a.tprPlusTnr);
    expect(s.accuracy).toBe(a.accuracy);
  });

  it('f1 equals the harmonic mean of precision and recall', () => {
    for (const positive of ['anomaly', 'normal'] as const) {
      const s = binaryStats({ tp: 7, fp: 4, tn: 9, fn: 3 }, positive);
      expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 14);
    }
  });

  it('defines 0/0 as 0', () => {
    expect(binaryStats({ tp: 0, fp: 0, tn: 0, fn: 0 }, 'anomaly')).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      tpr: 0,
      tnr: 0,
      tprPlusTnr: 0,
      accuracy: 0,
    });
    // Nothing flagged: anomaly precision is 0/0 -> 0; all normals passed.
    const s = binaryStats({ tp: 0, fp: 0, tn: 4, fn: 2 }, 'anomaly');
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
    expect(s.f1).toBe(0);
    expect(s.tnr).toBe(1);
    expect(s.tprPlusTnr).toBe(1);
    // Same matrix seen with normal positive: precision 4/6, recall 1.
    const n = binaryStats({ tp: 0, fp: 0, tn: 4, fn: 2 }, 'normal');
    expect(n.precision).toBeCloseTo(2 / 3, 15);
    expect(n.recall).toBe(1);
    expect(n.f1).toBe(0.8);
  });

  it('gives perfect scores for a perfect classifier', () => {
    const s = binaryStats({ tp: 2, fp: 0, tn: 3, fn: 0 }, 'anomaly');
    expect(s).toEqual({ precision: 1, recall: 1, f1: 1, tpr: 1, tnr: 1, tprPlusTnr: 2, accuracy: 1 });
  });

  it('rejects negative or non-finite counts', () => {
    expect(() => binaryStats({ tp: -1, fp: 0, tn: 0, fn: 0 }, 'anomaly')).toThrow(/tp must be/);
    expect(() => binaryStats({ tp: 0, fp: NaN, tn: 0, fn: 0 }, 'normal')).toThrow(/fp must be/);
  });
});

describe('precisionOrNull', () => {
  it('is null when nothing is predicted positive (0/0), else the precision', () => {
    // Nothing flagged: no anomaly precision; 4 of the 6 predicted normal are normal.
    expect(precisionOrNull({ tp: 0, fp: 0, tn: 4, fn: 2 }, 'anomaly')).toBeNull();
    expect(precisionOrNull({ tp: 0, fp: 0, tn: 4, fn: 2 }, 'normal')).toBeCloseTo(2 / 3, 15);
    // Everything flagged: no normal precision.
    expect(precisionOrNull({ tp: 2, fp: 4, tn: 0, fn: 0 }, 'normal')).toBeNull();
    // One normal flagged, no anomaly: a real 0/1, which stays 0.
    expect(precisionOrNull({ tp: 0, fp: 1, tn: 1134, fn: 1009 }, 'anomaly')).toBe(0);
    expect(precisionOrNull({ tp: 3, fp: 1, tn: 5, fn: 2 }, 'anomaly')).toBe(0.75);
  });
});
