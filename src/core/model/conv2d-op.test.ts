import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { conv2dOp, conv2dTransposeOp } from './conv2d-op';
import { activate, convOutSize, type ConvShape } from './conv2d-op.test-cases';
import { maxRelDiff, useTestBackend } from './test-backend';

useTestBackend();

/** `maxRelDiff` of two tensors' values (same shape expected). */
async function relDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  expect(a.shape).toEqual(b.shape);
  const [da, db] = await Promise.all([a.data(), b.data()]);
  return maxRelDiff(da, db);
}

type Layer = (x: tf.Tensor, f: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/** Gradients of Σ dy·layer(x, f, b) with respect to `wrt` (x, f and, with a bias, b), for the reference and for ours. */
function gradients(ref: Layer, ours: Layer, dy: tf.Tensor, wrt: tf.Tensor[], b: tf.Tensor): { gRef: tf.Tensor[]; gOurs: tf.Tensor[] } {
  const loss = (fn: Layer) => (...t: tf.Tensor[]) => tf.sum(tf.mul(dy, fn(t[0], t[1], t[2] ?? b)));
  return { gRef: tf.grads(loss(ref))(wrt), gOurs: tf.grads(loss(ours))(wrt) };
}

interface Case extends ConvShape {
  name: string;
  bias: boolean;
}

const CASES: Case[] = [
  { name: '4×4 stride 2 same, bias + leaky ReLU', x: [2, 8, 8, 3], kernel: [4, 4], cout: 5, stride: 2, padding: 'same', activation: 'leakyRelu', bias: true },
  { name: '4×4 stride 2 same on odd sizes (asymmetric padding)', x: [3, 9, 7, 2], kernel: [4, 4], cout: 4, stride: 2, padding: 'same', activation: 'linear', bias: true },
  { name: '3×3 stride 1 same, sigmoid', x: [2, 6, 6, 4], kernel: [3, 3], cout: 3, stride: 1, padding: 'same', activation: 'sigmoid', bias: true },
  { name: '3×3 stride 2 same, no bias', x: [2, 7, 8, 3], kernel: [3, 3], cout: 2, stride: 2, padding: 'same', activation: 'linear', bias: false },
  { name: '8×8 valid to 1×1 (the latent layer)', x: [3, 8, 8, 4], kernel: [8, 8], cout: 6, stride: 1, padding: 'valid', activation: 'linear', bias: true },
  { name: '3×3 valid stride 2 to 1×1 (an unused last row and column)', x: [2, 4, 4, 3], kernel: [3, 3], cout: 4, stride: 2, padding: 'valid', activation: 'leakyRelu', bias: true },
  { name: '4×4 valid stride 1', x: [2, 10, 9, 2], kernel: [4, 4], cout: 3, stride: 1, padding: 'valid', activation: 'relu', bias: true },
  { name: '3×3 valid stride 2 (an unused last row)', x: [2, 10, 9, 2], kernel: [3, 3], cout: 3, stride: 2, padding: 'valid', activation: 'linear', bias: true },
  { name: '4×4 stride 3 same (zero taps in the phases)', x: [2, 10, 11, 2], kernel: [4, 4], cout: 3, stride: 3, padding: 'same', activation: 'linear', bias: true },
  { name: '3×5 rectangular stride 2 same', x: [2, 8, 10, 3], kernel: [3, 5], cout: 2, stride: 2, padding: 'same', activation: 'leakyRelu', bias: true },
  { name: '1×1', x: [2, 5, 5, 3], kernel: [1, 1], cout: 4, stride: 1, padding: 'same', activation: 'linear', bias: true },
];

describe('conv2dOp', () => {
  for (const c of CASES) {
    it(`equals tf.conv2d and its gradients: ${c.name}`, async () => {
      const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
      const f = tf.randomNormal([...c.kernel, c.x[3], c.cout], 0, 0.5, 'float32', 2) as tf.Tensor4D;
      const b = tf.randomNormal([c.cout], 0, 0.5, 'float32', 3) as tf.Tensor1D;
      const ref = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) => {
        const z = tf.conv2d(xx as tf.Tensor4D, ff as tf.Tensor4D, c.stride, c.padding);
        return activate(c.bias ? tf.add(z, bb) : z, c.activation);
      };
      const ours = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) =>
        conv2dOp(xx as tf.Tensor4D, ff as tf.Tensor4D, c.bias ? (bb as tf.Tensor1D) : null, { stride: c.stride, padding: c.padding, activation: c.activation });
      const yRef = tf.tidy(() => ref(x, f, b));
      const yOurs = ours(x, f, b);
      expect(await relDiff(yOurs, yRef)).toBeLessThan(1e-5);
      const dy = tf.randomNormal(yRef.shape, 0, 1, 'float32', 4);
      const { gRef, gOurs } = gradients(ref, ours, dy, c.bias ? [x, f, b] : [x, f], b);
      expect(gOurs.length).toBe(c.bias ? 3 : 2);
      for (let i = 0; i < gOurs.length; i++) expect(await relDiff(gOurs[i], gRef[i])).toBeLessThan(1e-5);
      tf.dispose([x, f, b, yRef, yOurs, dy, ...gRef, ...gOurs]);
    });
  }

  it('skips the input gradient when asked (zeros), keeping the filter gradient', async () => {
    const x = tf.randomNormal([2, 8, 8, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const f = tf.randomNormal([4, 4, 1, 3], 0, 1, 'float32', 6) as tf.Tensor4D;
    const [dx, df] = tf.grads((xx: tf.Tensor, ff: tf.Tensor) => tf.sum(conv2dOp(xx as tf.Tensor4D, ff as tf.Tensor4D, null, { stride: 2, inputGradient: false })))([x, f]);
    const [dxRef, dfRef] = tf.grads((xx: tf.Tensor, ff: tf.Tensor) => tf.sum(tf.conv2d(xx as tf.Tensor4D, ff as tf.Tensor4D, 2, 'same')))([x, f]);
    expect(Math.max(...Array.from(await dx.data(), Math.abs))).toBe(0);
    expect(await relDiff(df, dfRef)).toBeLessThan(1e-5);
    expect(Math.max(...Array.from(await dxRef.data(), Math.abs))).toBeGreaterThan(0);
    tf.dispose([x, f, dx, df, dxRef, dfRef]);
  });

  it('rejects mismatched channels and kernels larger than a valid input, by code', () => {
    const x = tf.zeros([1, 4, 4, 2]) as tf.Tensor4D;
    const f = tf.zeros([3, 3, 3, 1]) as tf.Tensor4D;
    const big = tf.zeros([5, 5, 2, 1]) as tf.Tensor4D;
    expect(() => conv2dOp(x, f, null)).toThrow('conv-channels');
    expect(() => conv2dOp(x, big, null, { padding: 'valid' })).toThrow('conv-kernel-too-large');
    expect(() => conv2dOp(x, big, null, { stride: 0 })).toThrow('conv-stride');
    tf.dispose([x, f, big]);
  });
});

describe('conv2dTransposeOp', () => {
  for (const c of CASES) {
    it(`equals tf.conv2dTranspose and its gradients: ${c.name}`, async () => {
      // The transpose maps the conv's output shape back to c.x.
      const [n, h, w, cch] = c.x;
      const [ho, wo] = convOutSize(c);
      const x = tf.randomNormal([n, ho, wo, c.cout], 0, 1, 'float32', 7) as tf.Tensor4D;
      const f = tf.randomNormal([...c.kernel, cch, c.cout], 0, 0.5, 'float32', 8) as tf.Tensor4D;
      const b = tf.randomNormal([cch], 0, 0.5, 'float32', 9) as tf.Tensor1D;
      const ref = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) => {
        const z = tf.conv2dTranspose(xx as tf.Tensor4D, ff as tf.Tensor4D, [n, h, w, cch], c.stride, c.padding);
        return activate(c.bias ? tf.add(z, bb) : z, c.activation);
      };
      const ours = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) =>
        conv2dTransposeOp(xx as tf.Tensor4D, ff as tf.Tensor4D, c.bias ? (bb as tf.Tensor1D) : null, { stride: c.stride, padding: c.padding, activation: c.activation, outSize: [h, w] });
      const yRef = tf.tidy(() => ref(x, f, b));
      const yOurs = ours(x, f, b);
      expect(await relDiff(yOurs, yRef)).toBeLessThan(1e-5);
      const dy = tf.randomNormal(yRef.shape, 0, 1, 'float32', 10);
      const { gRef, gOurs } = gradients(ref, ours, dy, c.bias ? [x, f, b] : [x, f], b);
      for (let i = 0; i < gOurs.length; i++) expect(await relDiff(gOurs[i], gRef[i])).toBeLessThan(1e-5);
      tf.dispose([x, f, b, yRef, yOurs, dy, ...gRef, ...gOurs]);
    });
  }

  it('rejects an input whose size does not map to the output size', () => {
    const x = tf.zeros([1, 3, 3, 2]) as tf.Tensor4D;
    const f = tf.zeros([4, 4, 1, 2]) as tf.Tensor4D;
    expect(() => conv2dTransposeOp(x, f, null, { stride: 2, outSize: [8, 8] })).toThrow('conv-transpose-size');
    tf.dispose([x, f]);
  });
});
