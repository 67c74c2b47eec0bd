import { describe, expect, it } from 'vitest';
import { keyValue } from './float-keys';
import { collectPixels } from './pixel-sample';

describe('collectPixels', () => {
  // Image 0 (3×2): a 2-px region and a 1-px region; image 1: one 3-px region.
  const maps = [Float32Array.from([0.5, 0.1, 0.9, 0.7, 0.2, 0.3]), Float32Array.from([0.4, 0.8, 0.6, 0.05, 0.25, 0.15])];
  const masks = [Uint8Array.from([1, 0, 1, 1, 0, 0]), Uint8Array.from([0, 1, 1, 0, 0, 1])];

  it('sorts normal and defect pixels separately and numbers regions image by image', () => {
    const s = collectPixels(maps, masks, 3, 2);
    expect(Array.from(s.normalKeys, keyValue)).toEqual([0.05, 0.1, 0.2, 0.25, 0.3, 0.4].map(Math.fround));
    expect(Array.from(s.defectKeys, keyValue)).toEqual([0.15, 0.5, 0.6, 0.7, 0.8, 0.9].map(Math.fround));
    // 0.5 and 0.7 form region 0 (8-connected), 0.9 region 1; image 1's pixels all region 2.
    expect(Array.from(s.defectRegions)).toEqual([2, 0, 2, 0, 2, 1]);
    expect(Array.from(s.regionAreas)).toEqual([2, 1, 3]);
  });

  it('takes a subset of images and the connectivity', () => {
    const diagonal = [...masks.slice(0, 1), Uint8Array.from([1, 0, 0, 0, 1, 1])];
    const four = collectPixels(maps, diagonal, 3, 2, { images: [1], connectivity: 4 });
    expect(four.normalKeys.length + four.defectKeys.length).toBe(6);
    // 0.4 touches 0.25 only at a corner.
    expect(Array.from(four.regionAreas)).toEqual([1, 2]);
    expect(Array.from(collectPixels(maps, diagonal, 3, 2, { images: [1] }).regionAreas)).toEqual([3]);
  });

  it('does not modify its inputs', () => {
    const copy = maps.map((m) => m.slice());
    collectPixels(maps, masks, 3, 2);
    expect(maps).toEqual(copy);
  });
});
