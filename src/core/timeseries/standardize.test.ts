import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { applyStepScaler, fitStepScaler, invertStepScaler } from './standardize';

// 4 series × 3 steps; step 2 is constant.
const X = Float32Array.from([1, 10, 5, 3, 20, 5, 5, 30, 5, 7, 40, 5]);

describe('per-step scaler', () => {
  it('fits mean and population std per step, with std 0 → 1', () => {
    const s = fitStepScaler(X, 3);
    expect(Array.from(s.mean)).toEqual([4, 25, 5]);
    expect(s.std[0]).toBeCloseTo(Math.sqrt(5), 6);
    expect(s.std[1]).toBeCloseTo(Math.sqrt(125), 5);
    expect(s.std[2]).toBe(1);
  });

  it('fits on the training rows only and applies to every row', () => {
    const s = fitStepScaler(X, 3, [0, 1]);
    expect(Array.from(s.mean)).toEqual([2, 15, 5]);
    const z = applyStepScaler(X, s);
    expect(Array.from(z.subarray(0, 3))).toEqual([-1, -1, 0]);
    expect(Array.from(z.subarray(9, 12))).toEqual([5, 5, 0]);
  });

  it('standardised columns have mean 0 and std 1, and invert restores the data', () => {
    const s = fitStepScaler(X, 3);
    const z = applyStepScaler(X, s);
    for (let j = 0; j < 2; j++) {
      const col = [0, 1, 2, 3].map((i) => z[i * 3 + j]);
      expect(col.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 5);
      expect(col.reduce((a, b) => a + b * b, 0) / 4).toBeCloseTo(1, 5);
    }
    const back = invertStepScaler(z, s);
    back.forEach((v, i) => expect(v).toBeCloseTo(X[i], 4));
    expect(X[0]).toBe(1);
  });

  it('refuses mismatched lengths, empty or out-of-range rows and non-finite values', () => {
    expect(() => fitStepScaler(X, 5)).toThrow(new ProblemError(problem('series-length-mismatch', { length: 5, values: 12 })));
    expect(() => fitStepScaler(X, 3, [])).toThrow(new ProblemError(problem('no-series-to-train', {})));
    expect(() => fitStepScaler(X, 3, [4])).toThrow(new ProblemError(problem('series-row-out-of-range', { row: 4, n: 4 })));
    expect(() => fitStepScaler(Float32Array.from([1, NaN, 2, 3]), 2)).toThrow(new ProblemError(problem('series-value-not-finite', { series: 0, step: 1 })));
    expect(() => applyStepScaler(X, fitStepScaler(Float32Array.from([1, 2, 3, 4, 5]), 5))).toThrow(new ProblemError(problem('series-length-mismatch', { length: 5, values: 12 })));
  });
});
