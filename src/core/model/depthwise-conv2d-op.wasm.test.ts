import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithReference, DEPTHWISE_CASES } from './depthwise-conv2d-op.test-cases';

/*
 * The op on the wasm backend (which has no depthwise backprop kernels, so
 * tfjs' own gradient cannot run there) against tf.depthwiseConv2d and its
 * autodiff on the cpu backend.
 */

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs `fn` on the cpu backend and moves its results back to wasm. */
async function onCpu(fn: () => Promise<tf.Tensor[]>): Promise<tf.Tensor[]> {
  await tf.setBackend('cpu');
  const out = await fn();
  const values = await Promise.all(out.map(async (t) => ({ shape: t.shape, data: await t.data() })));
  tf.dispose(out);
  await tf.setBackend('wasm');
  return values.map((v) => tf.tensor(v.data as Float32Array, v.shape));
}

describe('depthwiseConv2dOp on wasm', () => {
  it('tfjs has no depthwise gradient kernel on wasm (why the op exists)', async () => {
    const x = tf.ones([1, 4, 4, 2]);
    const f = tf.ones([3, 3, 2, 1]);
    expect(() => tf.grad((a: tf.Tensor) => tf.sum(tf.depthwiseConv2d(a as tf.Tensor4D, f as tf.Tensor4D, 1, 'same')))(x)).toThrow();
    tf.dispose([x, f]);
  });

  for (const c of DEPTHWISE_CASES) {
    it(`value and gradients equal the cpu reference: ${c.kernel.join('×')} stride ${c.stride} ${c.padding} on ${c.x.join('×')}`, async () => {
      const before = tf.memory().numTensors;
      const [value, dx, df] = await compareWithReference(c, onCpu);
      expect(value).toBeLessThan(1e-5);
      expect(dx).toBeLessThan(1e-5);
      expect(df).toBeLessThan(1e-5);
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
