import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMissingGradientKernels, WASM_MISSING_GRADIENT_KERNELS } from './wasm-gradient-kernels';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

/** Gradients of a strided conv and a depthwise conv (loss: weighted sum) w.r.t. input and filters, as plain arrays. */
async function gradients(): Promise<number[][]> {
  const x = tf.tensor4d(Array.from({ length: 2 * 7 * 7 * 3 }, (_, i) => Math.sin(i * 0.37)), [2, 7, 7, 3]);
  const w = tf.tensor4d(Array.from({ length: 3 * 3 * 3 * 4 }, (_, i) => Math.cos(i * 0.11)), [3, 3, 3, 4]);
  const dw = tf.tensor4d(Array.from({ length: 3 * 3 * 3 * 2 }, (_, i) => Math.sin(i * 0.23 + 1)), [3, 3, 3, 2]);
  const f = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => {
    const y = tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, 'same');
    const z = tf.depthwiseConv2d(a as tf.Tensor4D, c as tf.Tensor4D, 1, 'valid');
    const zs = tf.depthwiseConv2d(a as tf.Tensor4D, c as tf.Tensor4D, 2, 'same');
    // Explicit padding is not one of the usual attributes: the cpu kernel runs.
    const p = tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 1);
    const weighted = (t: tf.Tensor) => tf.sum(tf.mul(t, tf.range(0, t.size).reshape(t.shape).div(t.size)));
    return tf.addN([weighted(y), tf.sum(tf.square(z)), weighted(zs), tf.mul(weighted(p), 0.5)]);
  };
  const grads = tf.grads(f)([x, w, dw]);
  const out = await Promise.all(grads.map(async (g) => Array.from(await g.data())));
  tf.dispose([x, w, dw, ...grads]);
  return out;
}

describe('addMissingGradientKernels', () => {
  it('lets tfjs’ own conv and depthwise-conv gradients (strided, same and valid, and explicit padding) run on wasm, equal to the cpu backend’s, leaking nothing', async () => {
    expect(tf.getBackend()).toBe('wasm');
    await expect(gradients()).rejects.toThrow(/Conv2DBackpropFilter|DepthwiseConv2dNative/);
    expect(addMissingGradientKernels()).toEqual([...WASM_MISSING_GRADIENT_KERNELS]);
    expect(addMissingGradientKernels()).toEqual([]);
    const before = tf.memory().numTensors;
    const onWasm = await gradients();
    expect(tf.memory().numTensors).toBe(before);
    await tf.setBackend('cpu');
    const onCpu = await gradients();
    await tf.setBackend('wasm');
    expect(onWasm.map((g) => g.length)).toEqual([2 * 7 * 7 * 3, 3 * 3 * 3 * 4, 3 * 3 * 3 * 2]);
    let worst = 0;
    onWasm.forEach((g, i) => g.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - onCpu[i][j]) / (1 + Math.abs(onCpu[i][j]))))));
    expect(worst).toBeLessThan(1e-5);
  });
});
