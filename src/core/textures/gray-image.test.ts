import { describe, expect, it } from 'vitest';
import { cloneImage, copyCrop, cropImage, grayImage, imageFromBytes, imageToBytes, localMean, sampleBilinear, type GrayImage } from './gray-image';

/** A w×h image whose pixel (x, y) is (10·y + x)/100. */
const ramp = (w: number, h: number): GrayImage => ({ width: w, height: h, data: Float32Array.from({ length: w * h }, (_, i) => (10 * Math.floor(i / w) + (i % w)) / 100) });

describe('gray images', () => {
  it('round-trips bytes exactly and clamps when writing', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const image = imageFromBytes(bytes, 16, 16);
    expect(image.data[255]).toBe(1);
    expect(image.data[51]).toBeCloseTo(0.2, 7);
    expect(imageToBytes(image)).toEqual(bytes);
    expect([...imageToBytes({ width: 3, height: 1, data: Float32Array.of(-0.5, 0.5, 2) })]).toEqual([0, 128, 255]);
  });

  it('copies crops with each mirroring and never shares pixels', () => {
    const image = ramp(5, 4);
    expect([...cropImage(image, 1, 2, 2).data]).toEqual([0.21, 0.22, 0.31, 0.32].map(Math.fround));
    const out = new Float32Array(2 + 4);
    copyCrop(image, 1, 2, 2, out, 2, true, false);
    expect([...out.subarray(2)]).toEqual([0.22, 0.21, 0.32, 0.31].map(Math.fround));
    copyCrop(image, 1, 2, 2, out, 2, false, true);
    expect([...out.subarray(2)]).toEqual([0.31, 0.32, 0.21, 0.22].map(Math.fround));
    copyCrop(image, 1, 2, 2, out, 2, true, true);
    expect([...out.subarray(2)]).toEqual([0.32, 0.31, 0.22, 0.21].map(Math.fround));
    const copy = cloneImage(image);
    copy.data[0] = 9;
    expect(image.data[0]).toBe(0);
    expect(grayImage(2, 3, 0.5).data).toEqual(new Float32Array(6).fill(0.5));
  });

  it('takes local means over the window clipped at the borders', () => {
    const image = ramp(6, 5);
    const mean = localMean(image, 1);
    const brute = (x: number, y: number): number => {
      let s = 0;
      let n = 0;
      for (let yy = Math.max(0, y - 1); yy <= Math.min(4, y + 1); yy++) {
        for (let xx = Math.max(0, x - 1); xx <= Math.min(5, x + 1); xx++) {
          s += image.data[yy * 6 + xx];
          n++;
        }
      }
      return s / n;
    };
    for (const [x, y] of [[0, 0], [5, 4], [2, 2], [0, 3], [5, 1]]) expect(mean[y * 6 + x]).toBeCloseTo(brute(x, y), 6);
    expect(mean[0]).toBeCloseTo((0 + 0.01 + 0.1 + 0.11) / 4, 6);
  });

  it('samples bilinearly between pixel centres, clamping outside', () => {
    const image = ramp(4, 4);
    expect(sampleBilinear(image, 2, 1)).toBeCloseTo(0.12, 6);
    expect(sampleBilinear(image, 1.5, 2.25)).toBeCloseTo(0.215 + 0.025, 6);
    expect(sampleBilinear(image, -3, 10)).toBeCloseTo(0.3, 6);
    expect(sampleBilinear(image, 3, 3)).toBeCloseTo(0.33, 6);
  });
});
