import { describe, expect, it } from 'vitest';
import { histogramCounts, histogramEdges } from './histogram';

describe('histogramEdges', () => {
  it('matches numpy.histogram_bin_edges bit for bit', () => {
    expect(Array.from(histogramEdges(0, 1, 4))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(histogramEdges(0.1, 0.7, 3))).toEqual([0.1, 0.3, 0.5, 0.7]);
    expect(Array.from(histogramEdges(-1.3, 2.9, 5))).toEqual([
      -1.3, -0.45999999999999996, 0.3800000000000001, 1.2200000000000004, 2.0600000000000005, 2.9,
    ]);
  });

  it('widens an empty range by ±0.5 like numpy', () => {
    expect(Array.from(histogramEdges(2, 2, 2))).toEqual([1.5, 2, 2.5]);
  });

  it('rejects bad arguments', () => {
    expect(() => histogramEdges(0, 1, 0)).toThrow(/positive integer/);
    expect(() => histogramEdges(0, 1, 2.5)).toThrow(/positive integer/);
    expect(() => histogramEdges(1, 0, 3)).toThrow(/min must be <= max/);
    expect(() => histogramEdges(0, Infinity, 3)).toThrow(/finite/);
    expect(() => histogramEdges(NaN, 1, 3)).toThrow(/finite/);
  });
});

describe('histogramCounts', () => {
  it('matches the numpy.histogram docs example', () => {
    // np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0, 1, 2, 3]) -> [1, 4, 1]
    expect(Array.from(histogramCounts([1, 2, 1, 1, 0, 1], [0, 1, 2, 3]))).toEqual([1, 4, 1]);
  });

  it('closes only the last bin on the right and ignores values outside or NaN', () => {
    // np.histogram([0, .1, .25, .3, .99, 1, 1.5, -.1], bins=4, range=(0, 1)) -> [2, 2, 0, 2]
    const values = new Float32Array([0, 0.1, 0.25, 0.3, 0.99, 1, 1.5, -0.1, NaN]);
    const counts = histogramCounts(values, histogramEdges(0, 1, 4));
    expect(counts).toBeInstanceOf(Uint32Array);
    expect(Array.from(counts)).toEqual([2, 2, 0, 2]);
  });

  it('lets two groups share edges', () => {
    const edges = histogramEdges(0, 10, 5);
    const normals = histogramCounts([0.5, 1, 3, 3.9, 4], edges);
    const anomalies = histogramCounts([7, 8, 9.99, 10, 12], edges);
    expect(Array.from(normals)).toEqual([2, 2, 1, 0, 0]);
    expect(Array.from(anomalies)).toEqual([0, 0, 0, 1, 3]);
  });

  it('handles zero-width bins like numpy (value goes to the bin starting at it)', () => {
    // np.histogram([1, 1, 2], bins=[0, 1, 1, 2]) -> [0, 0, 3]
    expect(Array.from(histogramCounts([1, 1, 2], [0, 1, 1, 2]))).toEqual([0, 0, 3]);
    // np.histogram([2, 2, 2], bins=2, range=(2, 2)) -> [0, 3]
    expect(Array.from(histogramCounts([2, 2, 2], histogramEdges(2, 2, 2)))).toEqual([0, 3]);
  });

  it('agrees with a linear scan on many values', () => {
    const edges = [-3, -1, 0, 0.5, 2, 7];
    const values: number[] = [];
    for (let i = 0; i < 1000; i++) values.push(Math.sin(i) * 5);
    const expected = new Array<number>(edges.length - 1).fill(0);
    for (const v of values) {
      for (let b = 0; b < edges.length - 1; b++) {
        const last = b === edges.length - 2;
        if (v >= edges[b] && (v < edges[b + 1] || (last && v === edges[b + 1]))) {
          expected[b]++;
          break;
        }
      }
    }
    expect(Array.from(histogramCounts(values, edges))).toEqual(expected);
  });

  it('rejects bad edges', () => {
    expect(() => histogramCounts([1], [0])).toThrow(/at least 2 edges/);
    expect(() => histogramCounts([1], [0, 2, 1])).toThrow(/non-decreasing/);
    expect(() => histogramCounts([1], [0, NaN])).toThrow(/finite/);
  });
});
