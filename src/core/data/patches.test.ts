import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { randomPatches, stitchWindows, windowOffsets, windowPixelIndex, windowsPerAxis } from './patches';

/** Images whose pixel value encodes (image, row, col), so a crop reveals where it came from. */
function codedImages(n: number, side: number): Float32Array {
  const out = new Float32Array(n * side * side);
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
}

describe('random patches', () => {
  it('are exact crops at every allowed offset, seeded, and a prefix of a longer draw', () => {
    const side = 28;
    const pixels = codedImages(5, side);
    const patches = randomPatches({ pixels, side }, 2000, 8, 7);
    expect(patches.length).toBe(2000 * 64);
    const tops = new Set<number>();
    const lefts = new Set<number>();
    const images = new Set<number>();
    let wrongPixels = 0;
    for (let k = 0; k < 2000; k++) {
      const first = patches[k * 64];
      images.add(Math.floor(first / 784));
      tops.add(Math.floor((first % 784) / 28));
      lefts.add(first % 28);
      for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) if (patches[k * 64 + r * 8 + c] !== first + r * 28 + c) wrongPixels++;
    }
    expect(wrongPixels).toBe(0);
    expect([...images].sort()).toEqual([0, 1, 2, 3, 4]);
    expect([...tops].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect([...lefts].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(randomPatches({ pixels, side }, 2000, 8, 7)).toEqual(patches);
    expect(randomPatches({ pixels, side }, 10, 8, 7)).toEqual(patches.subarray(0, 640));
    expect(randomPatches({ pixels, side }, 10, 8, 8)).not.toEqual(patches.subarray(0, 640));
  });

  it('refuses impossible settings', () => {
    const pixels = codedImages(1, 8);
    expect(() => randomPatches({ pixels, side: 8 }, 5, 9, 0)).toThrow(new ProblemError(problem('patch-size-range', { max: 8, got: 9 })));
    expect(() => randomPatches({ pixels: new Float32Array(0), side: 8 }, 5, 4, 0)).toThrow(new ProblemError(problem('no-images', {})));
    expect(() => randomPatches({ pixels, side: 8 }, 0, 4, 0)).toThrow(new ProblemError(problem('patch-count-invalid', { got: 0 })));
  });
});

describe('sliding windows', () => {
  it('counts windows per axis as the seed does: 11 at stride 2, 21 at stride 1', () => {
    expect(windowsPerAxis(28, 8, 2)).toBe(11);
    expect(windowsPerAxis(28, 8, 1)).toBe(21);
    expect(windowsPerAxis(28, 8, 3)).toBe(7);
    expect(windowsPerAxis(28, 8, 20)).toBe(2);
    expect(windowOffsets(28, 8, 2)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(() => windowsPerAxis(28, 8, 0)).toThrow(new ProblemError(problem('stride-invalid', { got: 0 })));
  });

  it('indexes the pixels of every window, row-major over the grid', () => {
    const index = windowPixelIndex(28, 8, 2);
    expect(index.length).toBe(121 * 64);
    expect(Array.from(index.subarray(0, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 28, 29]);
    // window 1 = top 0, left 2; window 11 = top 2, left 0; last = top 20, left 20
    expect(index[64]).toBe(2);
    expect(index[11 * 64]).toBe(2 * 28);
    expect(index[120 * 64]).toBe(20 * 28 + 20);
    expect(index[121 * 64 - 1]).toBe(27 * 28 + 27);
  });

  it('stitches windows back by averaging the overlaps', () => {
    const index = windowPixelIndex(6, 4, 2);
    // windows 0..3 of a 6×6 image; value = window number
    const values = new Float32Array(index.length);
    for (let k = 0; k < values.length; k++) values[k] = Math.floor(k / 16);
    const img = stitchWindows(values, 6, 4, 2);
    expect(img[0]).toBe(0);
    expect(img[5]).toBe(1);
    expect(img[2]).toBe(0.5);
    expect(img[2 * 6 + 2]).toBe(1.5);
    expect(img[35]).toBe(3);
    const ones = stitchWindows(new Float32Array(index.length).fill(1), 7, 4, 2);
    expect(ones[6]).toBe(0);
    expect(ones[0]).toBe(1);
  });
});
