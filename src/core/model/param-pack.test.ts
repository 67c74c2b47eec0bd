import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createParamPack } from './param-pack';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('param pack', () => {
  it('stores tensors in one variable, views them in shape, and routes gradients to the right slots', async () => {
    const before = tf.memory().numTensors;
    const pack = createParamPack(
      [
        { name: 'w', shape: [2, 2], init: new Float32Array([1, 2, 3, 4]) },
        { name: 'b', shape: [3], init: new Float32Array([5, 6, 7]) },
      ],
      'pack_test',
    );
    expect(pack.variable.shape).toEqual([7]);
    expect(Array.from(await pack.variable.data())).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const { grads, value } = tf.variableGrads(() => {
      const v = pack.views();
      expect(v.w.shape).toEqual([2, 2]);
      return tf.add(tf.sum(tf.mul(v.w, 2)), tf.sum(tf.square(v.b))) as tf.Scalar;
    }, [pack.variable]);
    expect((await value.data())[0]).toBe(2 * 10 + 25 + 36 + 49);
    expect(Array.from(await grads[pack.variable.name].data())).toEqual([2, 2, 2, 2, 10, 12, 14]);
    tf.dispose([value, ...Object.values(grads), pack.variable]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses initial values of the wrong length', () => {
    expect(() => createParamPack([{ name: 'w', shape: [2, 2], init: new Float32Array(3) }], 'bad')).toThrow(/3 initial values/);
  });
});
