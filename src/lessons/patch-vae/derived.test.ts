import { describe, expect, it } from 'vitest';
import { derive, logVarianceImage, mosaic, normalizedOf, shownScores, topIndices, tryHeatTop, windowHeat } from './derived';
import type { PatchVaeResult } from './state';

function fakeResult(old: number[], nw: number[], labels: number[]): PatchVaeResult {
  return {
    test: {
      old: Float32Array.from(old),
      news: [
        { floor: 0, image: Float32Array.from(nw), map: new Float32Array(0) },
        { floor: 0.01, image: Float32Array.from(old), map: new Float32Array(0) },
      ],
      grid: 1,
      oldMap: new Float32Array(0),
      minSigma2: 0.01,
    },
    heldOut: null,
    labels: Uint8Array.from(labels),
  } as unknown as PatchVaeResult;
}

describe('patch-VAE derived views', () => {
  it('splits scores by label and computes each score’s AUC once', () => {
    const r = fakeResult([1, 2, 3, 4], [4, 3, 2, 1], [0, 0, 1, 1]);
    const old = derive(r, 'old');
    expect(Array.from(old.normal)).toEqual([1, 2]);
    expect(Array.from(old.anomaly)).toEqual([3, 4]);
    expect(old.roc.auc).toBe(1);
    expect(derive(r, 'new').roc.auc).toBe(0);
    expect(derive(r, 'new', 0.012).roc.auc).toBe(1);
    expect(derive(r, 'old')).toBe(old);
    expect(derive(r, 'new', 0.01)).toBe(derive(r, 'new', 0.012));
    expect(old.best.threshold).toBe(3);
    expect(topIndices(r, r.test, 'new', 0, 0, 1)).toEqual([0]);
    expect(topIndices(r, r.test, 'old', 0, 1, 2)).toEqual([3, 2]);
    expect(topIndices(r, r.test, 'new', 0.01, 0, 1)).toEqual([1]);
  });

  it('compares each new-score window with its position over held-out normals when asked; the old score stays the seed’s', () => {
    // 2×2 windows per image.
    const map = (rows: number[][]) => Float32Array.from(rows.flat());
    const maxes = (rows: number[][]) => Float32Array.from(rows.map((r) => Math.max(...r)));
    const testRows = [
      [9, 1, 1, 1], // normal: big where normals are always big
      [5, 1, 1, 4], // anomaly: unusual in a usually quiet corner
    ];
    const held = [[10, 1, 1, 1]];
    const scores = (rows: number[][]) => ({ grid: 2, oldMap: map(rows), old: maxes(rows), news: [{ floor: 0.01, map: map(rows), image: maxes(rows) }], minSigma2: 0.1 });
    const r = { test: scores(testRows), heldOut: scores(held), labels: Uint8Array.from([0, 1]) } as unknown as PatchVaeResult;
    expect(derive(r, 'old').roc.auc).toBe(0);
    expect(derive(r, 'new', 0.01).roc.auc).toBe(0);
    expect(derive(r, 'old', 0, true).roc.auc).toBe(0);
    expect(derive(r, 'new', 0.01, true).roc.auc).toBe(1);
    expect(shownScores(r, true)).toBe(shownScores(r, true));
    expect(shownScores(r, false)).toBe(r.test);
    expect(shownScores({ ...r, heldOut: null }, true)).toBe(r.test);
    // The same scores compared with other held-out normals (a retrained model's) are not served from the cache.
    const other = scores([[1, 1, 1, 1]]);
    expect(normalizedOf(r.test, other)).not.toBe(shownScores(r, true));
    expect(normalizedOf(r.test, other).news[0].image[0]).toBeCloseTo(9, 6);
  });

  it('paints window scores as the max over the windows covering each pixel', () => {
    // 6×6 image, 4×4 windows at stride 2: windows at (0,0) (0,2) (2,0) (2,2)
    const heat = windowHeat([1, 2, 3, 0.5], 6, 4, 2);
    expect(heat[0]).toBe(1);
    expect(heat[5]).toBe(2);
    expect(heat[2 * 6 + 2]).toBe(3);
    expect(heat[5 * 6 + 5]).toBe(0.5);
    expect(heat[5 * 6 + 0]).toBe(3);
    expect(() => windowHeat([1, 2], 6, 4, 2)).toThrow(/Expected 4/);
  });

  it('scales the Try cell’s heat maps to twice the threshold, or 1 without a positive one', () => {
    expect(tryHeatTop(3.43)).toBe(6.86);
    expect(tryHeatTop(0)).toBe(1);
    expect(tryHeatTop(Number.NaN)).toBe(1);
  });

  it('maps σ² to a log display scale', () => {
    expect(Array.from(logVarianceImage([1, 1e-3, 1e-6, 1e-12]))).toEqual([1, 0.5, 0, 0]);
  });

  it('tiles decoded patches into one mosaic with gaps', () => {
    // 2×2 grid of 2×2 patches valued 1, 2, 3, 4; gap 1 of value −1 → 5×5
    const patches = Float32Array.from([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]);
    const m = mosaic(patches, 2, 2, 1, -1);
    expect(m.side).toBe(5);
    expect(Array.from(m.pixels.subarray(0, 5))).toEqual([1, 1, -1, 2, 2]);
    expect(Array.from(m.pixels.subarray(10, 15))).toEqual([-1, -1, -1, -1, -1]);
    expect(Array.from(m.pixels.subarray(20, 25))).toEqual([3, 3, -1, 4, 4]);
    expect(() => mosaic(patches, 3, 2)).toThrow(/Expected 9/);
  });
});
