import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { ssim, type SsimOptions } from '../metrics/ssim';
import { bandMatrix, ssimLoss, ssimPerImage } from './ssim-loss';
import { useTestBackend } from './test-backend';

useTestBackend();

const H = 16;
const W = 20;

/** A smooth-ish random image in [0.1, 0.9] and a distorted copy. */
function pair(seed: number): [Float32Array, Float32Array] {
  const rng = createRng(seed);
  const a = new Float32Array(H * W);
  const b = new Float32Array(H * W);
  for (let i = 0; i < a.length; i++) {
    const r = Math.floor(i / W);
    const c = i % W;
    a[i] = 0.5 + 0.25 * Math.sin(r / 2 + seed) * Math.cos(c / 3) + 0.1 * (rng.next() - 0.5);
    b[i] = Math.min(0.95, Math.max(0.05, a[i] + 0.15 * (rng.next() - 0.5) + 0.05));
  }
  return [a, b];
}

const VARIANTS: [string, SsimOptions][] = [
  ['uniform 7', {}],
  ['uniform 11', { winSize: 11 }],
  ['Gaussian σ 1.5, population covariance', { gaussian: true, sampleCovariance: false }],
];

describe('ssimPerImage / ssimLoss', () => {
  it('builds the valid-correlation band matrix', () => {
    const m = bandMatrix(5, Float64Array.from([1, 2, 3]));
    // [5, 3]: column j holds the weights at rows j..j+2.
    expect(Array.from(m)).toEqual([1, 0, 0, 2, 1, 0, 3, 2, 1, 0, 3, 2, 0, 0, 3]);
  });

  for (const [name, options] of VARIANTS) {
    it(`equals the TypeScript SSIM mean per image: ${name}`, async () => {
      const pairs = [pair(1), pair(2), pair(3)];
      const x = tf.tensor3d(pairs.flatMap(([a]) => Array.from(a)), [3, H, W]);
      const y = tf.tensor4d(pairs.flatMap(([, b]) => Array.from(b)), [3, H, W, 1]);
      const perImage = ssimPerImage(x, y, options);
      const per = await perImage.data();
      const loss = ssimLoss(x, y, options);
      const ref = pairs.map(([a, b]) => ssim(a, b, H, W, options).mean);
      ref.forEach((r, i) => expect(Math.abs(per[i] - r)).toBeLessThan(1e-5));
      expect((await loss.data())[0]).toBeCloseTo(1 - (ref[0] + ref[1] + ref[2]) / 3, 5);
      expect(ref[0]).toBeLessThan(0.95);
      tf.dispose([x, y, perImage, loss]);
    });
  }

  for (const [name, options] of VARIANTS) {
    it(`has the gradient of finite differences (float64 SSIM): ${name}`, async () => {
      const [a, b] = pair(4);
      const x = tf.tensor3d(a, [1, H, W]);
      const y = tf.tensor3d(b, [1, H, W]);
      const g = tf.grad((v: tf.Tensor) => ssimLoss(x, v, options))(y);
      const grad = await g.data();
      const lossAt = (img: Float64Array) => 1 - ssim(a, img, H, W, options).mean;
      const eps = 1e-4;
      const base = Float64Array.from(b);
      // Single pixels: a corner, an edge, the centre, a random one.
      for (const i of [0, W - 1, 5 * W, 8 * W + 10, 13 * W + 7]) {
        const up = Float64Array.from(base);
        const down = Float64Array.from(base);
        up[i] += eps;
        down[i] -= eps;
        const fd = (lossAt(up) - lossAt(down)) / (2 * eps);
        expect(Math.abs(grad[i] - fd)).toBeLessThan(1e-3 * Math.max(Math.abs(fd), 1e-3));
      }
      // A random direction over every pixel.
      const rng = createRng(9);
      const v = Float64Array.from({ length: H * W }, () => rng.normal());
      const plus = base.map((p, i) => p + eps * v[i]);
      const minus = base.map((p, i) => p - eps * v[i]);
      const fd = (lossAt(plus) - lossAt(minus)) / (2 * eps);
      let analytic = 0;
      for (let i = 0; i < v.length; i++) analytic += grad[i] * v[i];
      expect(Math.abs(analytic - fd)).toBeLessThan(1e-3 * Math.abs(fd));
      expect(Math.abs(fd)).toBeGreaterThan(1e-3);
      tf.dispose([x, y, g]);
    });
  }

  it('is 0 for identical batches, and its gradient there is ~0', async () => {
    const [a] = pair(5);
    const x = tf.tensor4d(a, [1, H, W, 1]);
    const loss = ssimLoss(x, x);
    const g = tf.grad((v: tf.Tensor) => ssimLoss(x, v))(x);
    expect(Math.abs((await loss.data())[0])).toBeLessThan(1e-6);
    expect(Math.max(...Array.from(await g.data(), Math.abs))).toBeLessThan(1e-4);
    tf.dispose([x, loss, g]);
  });

  it('rejects a window larger than the images', () => {
    const x = tf.zeros([1, 6, 6]);
    expect(() => ssimLoss(x, x)).toThrow('ssim-window-too-large');
    x.dispose();
  });
});
