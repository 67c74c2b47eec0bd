import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { depthwiseConv2dOp } from './depthwise-conv2d-op';
import { compareWithReference, DEPTHWISE_CASES } from './depthwise-conv2d-op.test-cases';
import { useTestBackend } from './test-backend';

useTestBackend();

describe('depthwiseConv2dOp', () => {
  for (const c of DEPTHWISE_CASES) {
    it(`equals tf.depthwiseConv2d and its gradients: ${c.kernel.join('×')} stride ${c.stride} ${c.padding} on ${c.x.join('×')}`, async () => {
      const [value, dx, df] = await compareWithReference(c);
      expect(value).toBeLessThan(1e-5);
      expect(dx).toBeLessThan(1e-5);
      expect(df).toBeLessThan(1e-5);
    });
  }

  it('refuses a filter of other channels or a channel multiplier', () => {
    const x = tf.zeros([1, 4, 4, 2]) as tf.Tensor4D;
    const f = tf.zeros([3, 3, 2, 2]) as tf.Tensor4D;
    expect(() => depthwiseConv2dOp(x, f)).toThrow('conv-channels');
    tf.dispose([x, f]);
  });
});
