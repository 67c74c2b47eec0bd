import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ssim } from '../metrics/ssim';
import { reconstructTiled, residualMaps, tileStarts } from './residual-maps';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('residualMaps', () => {
  it('gives the squared difference and 1 − the SSIM map', () => {
    const h = 12;
    const w = 14;
    const a = Float32Array.from({ length: h * w }, (_, i) => 0.5 + 0.3 * Math.sin(i / 5));
    const b = a.map((v, i) => (i === 40 ? v + 0.4 : v));
    const maps = residualMaps(a, b, h, w, { winSize: 7 });
    expect(maps.l2[40]).toBeCloseTo(0.16, 6);
    expect(maps.l2[41]).toBe(0);
    const ref = ssim(a, b, h, w, { winSize: 7 }).map;
    maps.ssim.forEach((v, i) => expect(v).toBeCloseTo(1 - ref[i], 6));
    // The changed pixel (row 2, column 12) scores; a corner 12 columns away, out of every window that sees it, does not.
    expect(maps.ssim[40]).toBeGreaterThan(0.01);
    expect(maps.ssim[0]).toBeCloseTo(0, 6);
  });
});

describe('reconstructTiled', () => {
  it('places tiles flush with the edges', () => {
    expect(tileStarts(128, 64, 64)).toEqual([0, 64]);
    expect(tileStarts(100, 64, 32)).toEqual([0, 32, 36]);
    expect(() => tileStarts(32, 64, 32)).toThrow('tile-larger-than-image');
  });

  it('averages overlapping tiles of the model output back into the image, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    // A "model" that adds 1 to every pixel, and one that returns each tile's row index within the tile.
    const plusOne = { reconstruct: (x: tf.Tensor2D) => tf.add(x, 1) as tf.Tensor2D };
    const image = Float32Array.from({ length: 10 * 12 }, (_, i) => i);
    const rec = await reconstructTiled(plusOne, image, 10, 12, 6, 3);
    rec.forEach((v, i) => expect(v).toBeCloseTo(i + 1, 4));
    const rowInTile = { reconstruct: (x: tf.Tensor2D) => tf.tidy(() => tf.tile(tf.reshape(tf.tile(tf.range(0, 4).reshape([4, 1]), [1, 4]), [1, 16]), [x.shape[0], 1])) as tf.Tensor2D };
    const avg = await reconstructTiled(rowInTile, new Float32Array(6 * 4), 6, 4, 4, 2);
    // Rows 0-1 are only in the first tile row (0, 1); rows 2-3 in both (2 and 0, 3 and 1); rows 4-5 only in the second (2, 3).
    expect(Array.from(avg.filter((_, i) => i % 4 === 0))).toEqual([0, 1, 1, 2, 2, 3]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
