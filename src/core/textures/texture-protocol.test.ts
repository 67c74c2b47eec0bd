import { describe, expect, it } from 'vitest';
import { ProblemError, problem } from '../problem';
import { DEFECT_KINDS } from './defect-kinds';
import { applyDefect } from './defects';
import { cropImage, type GrayImage } from './gray-image';
import { sourceSampler } from './crops';
import { buildTextureDataset } from './texture-protocol';

/** A 256×200 image whose pixel values name their place (a smooth ramp, so every defect kind changes it). */
const W = 256;
const H = 200;
const N = W * H;
const coded: GrayImage = { width: W, height: H, data: Float32Array.from({ length: N }, (_, i) => 0.1 + (0.8 * (i + 1)) / (N + 1)) };
const placeOf = (v: number) => {
  const i = Math.round(((v - 0.1) / 0.8) * (N + 1)) - 1;
  return { x: i % W, y: Math.floor(i / W) };
};

const same = (a: ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }, b: typeof a): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

const options = { cropSize: 32, trainCount: 200, validationCount: 40, testCount: 81, seed: 5 };

describe('buildTextureDataset', () => {
  const data = buildTextureDataset(coded, options);

  it('has the asked counts, shapes and regions', () => {
    expect([data.train.count, data.validation.count, data.test.count]).toEqual([200, 40, 81]);
    expect(data.train.pixels.length).toBe(200 * 32 * 32);
    expect(data.test.masks.length).toBe(81 * 32 * 32);
    expect(data.rects).toEqual({
      train: { left: 0, top: 0, width: 256, height: 120 },
      validation: { left: 0, top: 120, width: 128, height: 80 },
      test: { left: 128, top: 120, width: 128, height: 80 },
    });
  });

  it('hands out a crop source whose first crops are the training crops and whose next ones are new crops of the training region', () => {
    const sample = sourceSampler(data.trainSource, 32);
    const first = new Float32Array(200 * 32 * 32);
    sample(first, 200);
    expect(same(first, data.train.pixels)).toBe(true);
    const next = new Float32Array(200 * 32 * 32);
    sample(next, 200);
    expect(same(next, first)).toBe(false);
    for (const v of next) expect(placeOf(v).y).toBeLessThan(120);
  });

  it('is deterministic per seed, and each part has its own stream', () => {
    const again = buildTextureDataset(coded, options);
    expect(same(again.train.pixels, data.train.pixels)).toBe(true);
    expect(same(again.validation.pixels, data.validation.pixels)).toBe(true);
    expect(same(again.test.pixels, data.test.pixels)).toBe(true);
    expect(same(again.test.masks, data.test.masks)).toBe(true);
    expect(same(buildTextureDataset(coded, { ...options, seed: 6 }).train.pixels, data.train.pixels)).toBe(false);
    const fewerTests = buildTextureDataset(coded, { ...options, testCount: 20, validationCount: 3 });
    expect(same(fewerTests.train.pixels, data.train.pixels)).toBe(true);
  });

  it('takes every part from its own region', () => {
    const check = (pixels: Float32Array, count: number, x0: number, x1: number, y0: number, y1: number) => {
      for (let k = 0; k < count; k++) {
        for (const i of [0, 31, 32 * 31, 1023]) {
          const { x, y } = placeOf(pixels[k * 1024 + i]);
          expect(x >= x0 && x < x1 && y >= y0 && y < y1, `crop ${k}`).toBe(true);
        }
      }
    };
    check(data.train.pixels, 200, 0, 256, 0, 120);
    check(data.validation.pixels, 40, 0, 128, 120, 200);
    check(data.test.pixels, 41, 128, 256, 120, 200);
  });

  it('tests on half normal crops, then one defect of each kind in turn, with its mask', () => {
    const { labels, kinds, masks, defectSeeds, pixels } = data.test;
    expect([...labels.subarray(0, 41)].every((l) => l === 0)).toBe(true);
    expect([...labels.subarray(41)].every((l) => l === 1)).toBe(true);
    expect(masks.subarray(0, 41 * 1024).every((m) => m === 0)).toBe(true);
    expect(kinds.slice(41, 41 + 8)).toEqual([...DEFECT_KINDS]);
    expect(kinds.slice(41 + 8, 41 + 16)).toEqual([...DEFECT_KINDS]);
    for (let k = 41; k < 81; k++) {
      const crop = pixels.subarray(k * 1024, (k + 1) * 1024);
      const mask = masks.subarray(k * 1024, (k + 1) * 1024);
      const anchor = mask.indexOf(0);
      const at = placeOf(crop[anchor]);
      const left = at.x - (anchor % 32);
      const top = at.y - Math.floor(anchor / 32);
      const clean = cropImage(coded, left, top, 32);
      const redrawn = applyDefect(clean, kinds[k]!, defectSeeds[k]!);
      expect(redrawn.image.data).toEqual(crop);
      expect(redrawn.mask).toEqual(mask);
      expect(mask.some((m) => m === 1)).toBe(true);
    }
  });

  it('keeps only the kinds asked for, and refuses crops that do not fit', () => {
    const two = buildTextureDataset(coded, { ...options, kinds: ['stain', 'fold'], testCount: 8 });
    expect(two.test.kinds).toEqual([null, null, null, null, 'stain', 'fold', 'stain', 'fold']);
    const none = buildTextureDataset(coded, { ...options, kinds: [], testCount: 5 });
    expect([...none.test.labels]).toEqual([0, 0, 0, 0, 0]);
    expect(() => buildTextureDataset(coded, { ...options, cropSize: 96 })).toThrow(new ProblemError(problem('patch-size-range', { max: 80, got: 96 })));
    expect(() => buildTextureDataset(coded, { ...options, trainCount: 0 })).toThrow(new ProblemError(problem('patch-count-invalid', { got: 0 })));
  });
});
