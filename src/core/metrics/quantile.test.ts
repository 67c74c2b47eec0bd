import { describe, expect, it } from 'vitest';
import { quantile } from './quantile';

describe('quantile', () => {
  it('matches numpy examples (linear interpolation)', () => {
    // np.quantile([[10, 7, 4], [3, 2, 1]], 0.5) == 3.5
    expect(quantile([10, 7, 4, 3, 2, 1], 0.5)).toBe(3.5);
    // np.quantile([1, 2, 3, 4], 0.99) == 3.9699999999999998
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(3.9699999999999998);
    const v = new Float64Array([0.1, 0.7, 0.3, 0.2, 0.9]);
    expect(quantile(v, 0.99)).toBe(0.892);
    expect(quantile(v, 0.3)).toBe(0.22);
    expect(quantile(v, 0.7)).toBe(0.6199999999999999);
  });

  it("rounds like numpy's lerp (interpolates from the nearer neighbour)", () => {
    // Values from np.quantile; naive a + (b - a)·t differs in the last bit.
    expect(quantile([6.8, 0.9, 0.6, 4.9, 8.8], 0.38)).toBe(2.9800000000000004);
    expect(quantile([0.09, 9.69, 6.91, 0.99, 2.9], 0.7)).toBe(6.108);
    expect(quantile([5.2, 6.9, 0.9, 2.3, 4.1, 6.2, 8.9], 0.1)).toBe(1.74);
    expect(quantile([6.771, 5.929, 0.101, 4.758, 7.088, 0.44, 8.795], 0.12)).toBe(0.34508);
  });

  it('returns min and max at the ends, exact ranks in between', () => {
    const v = [5, -2, 9, 0];
    expect(quantile(v, 0)).toBe(-2);
    expect(quantile(v, 1)).toBe(9);
    expect(quantile([0, 10, 20, 30, 40], 0.25)).toBe(10);
    expect(quantile([42], 0.3)).toBe(42);
    expect(quantile([1, 1, 1, 5], 0.5)).toBe(1);
  });

  it('accepts Float32Array input and leaves it unsorted', () => {
    const v = new Float32Array([3, 1, 2]);
    expect(quantile(v, 0.75)).toBe(2.5);
    expect(Array.from(v)).toEqual([3, 1, 2]);
  });

  it('throws on empty input, out-of-range q and non-finite values', () => {
    expect(() => quantile([], 0.5)).toThrow(/empty/);
    expect(() => quantile([1], -0.01)).toThrow(/q must be in \[0, 1\]/);
    expect(() => quantile([1], 1.5)).toThrow(/q must be in/);
    expect(() => quantile([1], NaN)).toThrow(/q must be in/);
    expect(() => quantile([1, NaN], 0.5)).toThrow(/finite/);
    expect(() => quantile([1, Infinity], 0.5)).toThrow(/finite/);
  });
});
