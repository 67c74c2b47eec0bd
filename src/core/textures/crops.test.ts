import { describe, expect, it } from 'vitest';
import { ProblemError, problem } from '../problem';
import { createRng } from '../random/rng';
import { checkCrops, cropSampler, DEFAULT_REGIONS, randomCrops, regionRect, sourceSampler } from './crops';
import type { GrayImage, PixelRect } from './gray-image';

/** A 96×80 image whose every pixel value names its place: (y·96 + x + 1)/(96·80 + 1). */
const W = 96;
const H = 80;
const coded: GrayImage = { width: W, height: H, data: Float32Array.from({ length: W * H }, (_, i) => (i + 1) / (W * H + 1)) };
const placeOf = (v: number): { x: number; y: number } => {
  const i = Math.round(v * (W * H + 1)) - 1;
  return { x: i % W, y: Math.floor(i / W) };
};

/** Where a crop came from: its top-left pixel in the image and its mirrorings, from its corner values. */
function origin(crop: Float32Array, size: number) {
  const a = placeOf(crop[0]);
  const b = placeOf(crop[size * size - 1]);
  return { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), flipX: a.x > b.x, flipY: a.y > b.y };
}

describe('regions', () => {
  it('splits a 512² texture into train (top 60 %), validation and test (bottom left and right)', () => {
    expect(regionRect(512, 512, DEFAULT_REGIONS.train)).toEqual({ left: 0, top: 0, width: 512, height: 307 });
    expect(regionRect(512, 512, DEFAULT_REGIONS.validation)).toEqual({ left: 0, top: 307, width: 256, height: 205 });
    expect(regionRect(512, 512, DEFAULT_REGIONS.test)).toEqual({ left: 256, top: 307, width: 256, height: 205 });
  });

  it('refuses crops that do not fit and counts that are not whole', () => {
    const rect = { left: 0, top: 0, width: 100, height: 60 };
    expect(() => checkCrops(rect, 61, 1)).toThrow(new ProblemError(problem('patch-size-range', { max: 60, got: 61 })));
    expect(() => checkCrops(rect, 0, 1)).toThrow(ProblemError);
    expect(() => checkCrops(rect, 8, 2.5)).toThrow(new ProblemError(problem('patch-count-invalid', { got: 2.5 })));
    expect(() => checkCrops(rect, 60, 0)).not.toThrow();
  });
});

describe('randomCrops', () => {
  const rect: PixelRect = { left: 10, top: 20, width: 50, height: 40 };

  it('copies whole squares from inside the region, at every offset, mirrored half the time each way', () => {
    const size = 16;
    const stack = randomCrops(coded, rect, 600, size, createRng(1), true);
    expect(stack.pixels.length).toBe(600 * size * size);
    const lefts = new Set<number>();
    let flipX = 0;
    let flipY = 0;
    for (let k = 0; k < 600; k++) {
      const crop = stack.pixels.subarray(k * size * size, (k + 1) * size * size);
      const o = origin(crop, size);
      expect(o.left).toBeGreaterThanOrEqual(10);
      expect(o.left + size).toBeLessThanOrEqual(60);
      expect(o.top).toBeGreaterThanOrEqual(20);
      expect(o.top + size).toBeLessThanOrEqual(60);
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          const x = o.left + (o.flipX ? size - 1 - c : c);
          const y = o.top + (o.flipY ? size - 1 - r : r);
          if (crop[r * size + c] !== coded.data[y * W + x]) throw new Error(`crop ${k} pixel ${r},${c}`);
        }
      }
      lefts.add(o.left);
      flipX += +o.flipX;
      flipY += +o.flipY;
    }
    expect(lefts.size).toBe(50 - size + 1);
    expect(flipX / 600).toBeGreaterThan(0.42);
    expect(flipX / 600).toBeLessThan(0.58);
    expect(flipY / 600).toBeGreaterThan(0.42);
    expect(flipY / 600).toBeLessThan(0.58);
  });

  it('without flips never mirrors; fewer crops from the same seed are a prefix', () => {
    const plain = randomCrops(coded, rect, 50, 8, createRng(3), false);
    for (let k = 0; k < 50; k++) {
      const o = origin(plain.pixels.subarray(k * 64, (k + 1) * 64), 8);
      expect(o.flipX || o.flipY).toBe(false);
    }
    expect(randomCrops(coded, rect, 20, 8, createRng(3), false).pixels).toEqual(plain.pixels.subarray(0, 20 * 64));
  });

  it('a sampler draws the same crops batch by batch', () => {
    const all = randomCrops(coded, rect, 30, 8, createRng(9), true);
    const next = cropSampler(coded, rect, 8, createRng(9), true);
    const batch = new Float32Array(10 * 64);
    for (let b = 0; b < 3; b++) {
      next(batch, 10);
      expect(batch).toEqual(all.pixels.subarray(b * 640, (b + 1) * 640));
    }
    expect(() => cropSampler(coded, rect, 41, createRng(1), true)).toThrow(new ProblemError(problem('patch-size-range', { max: 40, got: 41 })));
  });

  it('refuses a source image whose pixels are gone (a buffer transferred away) instead of drawing NaN crops', () => {
    const rect = { left: 0, top: 0, width: 8, height: 8 };
    const gone = { width: 8, height: 8, data: new Float32Array(0) };
    expect(() => sourceSampler({ image: gone, rect, seed: 1, flips: false }, 4)).toThrow(new ProblemError(problem('no-images', {})));
    const whole = { ...gone, data: new Float32Array(64).fill(0.5) };
    const out = new Float32Array(16);
    sourceSampler({ image: whole, rect, seed: 1, flips: false }, 4)(out, 1);
    expect(Array.from(out)).toEqual(new Array(16).fill(0.5));
  });
});
