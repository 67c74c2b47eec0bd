import { describe, expect, it } from 'vitest';
import { aggregateWindows } from './aggregate-windows';

describe('aggregateWindows', () => {
  const map = Float32Array.from([1, 5, 3, 2, /* image 2 */ -1, -4, -2, -3]);

  it('takes the max window per image', () => {
    expect([...aggregateWindows(map, 4, { kind: 'max' })]).toEqual([5, -1]);
  });

  it('averages the k highest windows, all windows when k ≥ windows per image', () => {
    expect([...aggregateWindows(map, 4, { kind: 'topk', k: 2 })]).toEqual([4, -1.5]);
    expect([...aggregateWindows(map, 4, { kind: 'topk', k: 9 })]).toEqual([2.75, -2.5]);
    expect([...aggregateWindows(map, 4, { kind: 'topk', k: 1 })]).toEqual([5, -1]);
  });

  it('refuses a map that does not split into images', () => {
    expect(() => aggregateWindows(map, 3, { kind: 'max' })).toThrow(/do not split/);
  });
});
