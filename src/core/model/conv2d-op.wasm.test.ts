import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { conv2dOp, conv2dTransposeOp } from './conv2d-op';
import { activate, convOutSize, type ConvShape } from './conv2d-op.test-cases';
import { ssimLoss } from './ssim-loss';
import { maxRelDiff } from './test-backend';

/*
 * The ops on the wasm backend, where they run in the app, against tfjs'
 * reference ops and autodiff on the cpu backend (the wasm kernels differ:
 * XNNPACK convolutions, fused epilogues, explicit and dilated padding).
 */

afterAll(async () => {
  await tf.setBackend('cpu');
});

const CASES: ConvShape[] = [
  { x: [2, 8, 8, 3], kernel: [4, 4], cout: 5, stride: 2, padding: 'same', activation: 'leakyRelu' },
  { x: [3, 9, 7, 2], kernel: [4, 4], cout: 4, stride: 2, padding: 'same', activation: 'linear' },
  { x: [2, 6, 6, 4], kernel: [3, 3], cout: 3, stride: 1, padding: 'same', activation: 'sigmoid' },
  { x: [3, 8, 8, 4], kernel: [8, 8], cout: 6, stride: 1, padding: 'valid', activation: 'linear' },
  { x: [2, 10, 9, 2], kernel: [3, 3], cout: 3, stride: 2, padding: 'valid', activation: 'leakyRelu' },
  { x: [4, 16, 16, 16], kernel: [4, 4], cout: 16, stride: 2, padding: 'same', activation: 'leakyRelu' },
];

/** Output and gradients (x, filter, bias) of one case on `backend`, ours or the reference, as plain arrays. */
async function run(backend: 'wasm' | 'cpu', c: ConvShape, transpose: boolean, ours: boolean): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const [n, h, w, ch] = c.x;
  const [ho, wo] = convOutSize(c);
  const out = tf.tidy(() => {
    const x = tf.randomNormal(transpose ? [n, ho, wo, c.cout] : c.x, 0, 1, 'float32', 1);
    const f = tf.randomNormal([...c.kernel, ch, c.cout], 0, 0.5, 'float32', 2);
    const b = tf.randomNormal([transpose ? ch : c.cout], 0, 0.5, 'float32', 3);
    const o = { stride: c.stride, padding: c.padding, activation: c.activation };
    const fn = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor): tf.Tensor => {
      const [x4, f4, b1] = [xx as tf.Tensor4D, ff as tf.Tensor4D, bb as tf.Tensor1D];
      if (transpose) return ours ? conv2dTransposeOp(x4, f4, b1, { ...o, outSize: [h, w] }) : activate(tf.add(tf.conv2dTranspose(x4, f4, [n, h, w, ch], c.stride, c.padding), b1), c.activation);
      return ours ? conv2dOp(x4, f4, b1, o) : activate(tf.add(tf.conv2d(x4, f4, c.stride, c.padding), b1), c.activation);
    };
    const y = fn(x, f, b);
    const dy = tf.randomNormal(y.shape, 0, 1, 'float32', 4);
    return [y, ...tf.grads((a: tf.Tensor, bb: tf.Tensor, cc: tf.Tensor) => tf.sum(tf.mul(dy, fn(a, bb, cc))))([x, f, b])];
  });
  const data = await Promise.all(out.map((t) => t.data() as Promise<Float32Array>));
  tf.dispose(out);
  return data;
}

describe('conv ops on wasm', () => {
  for (const c of CASES) {
    for (const transpose of [false, true]) {
      it(`${transpose ? 'conv2dTransposeOp' : 'conv2dOp'} ${c.kernel.join('×')}/${c.stride} ${c.padding} ${c.activation} on ${c.x.join('×')}: value and gradients equal the cpu reference`, async () => {
        await tf.setBackend('wasm');
        const before = tf.memory().numTensors;
        const ours = await run('wasm', c, transpose, true);
        expect(tf.memory().numTensors).toBe(before);
        const ref = await run('cpu', c, transpose, false);
        ours.forEach((o, i) => expect(maxRelDiff(o, ref[i])).toBeLessThan(1e-5));
      });
    }
  }

  it('the SSIM loss and its gradient equal the cpu backend', async () => {
    const values = async (backend: 'wasm' | 'cpu') => {
      await tf.setBackend(backend);
      const out = tf.tidy(() => {
        const x = tf.randomUniform([3, 20, 24], 0, 1, 'float32', 5);
        const y = tf.randomUniform([3, 20, 24], 0, 1, 'float32', 6);
        const { value, grad } = tf.valueAndGrad((v: tf.Tensor) => ssimLoss(x, v, { winSize: 11 }))(y);
        return [value, grad];
      });
      const data = await Promise.all(out.map((t) => t.data() as Promise<Float32Array>));
      tf.dispose(out);
      return data;
    };
    const [w, c] = [await values('wasm'), await values('cpu')];
    expect(Math.abs(w[0][0] - c[0][0])).toBeLessThan(1e-5);
    expect(maxRelDiff(w[1], c[1])).toBeLessThan(1e-4);
  });
});
