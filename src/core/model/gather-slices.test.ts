import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { cropPixels, gatherRows, sliceRows } from './gather-slices';

/* The copies equal tf.slice / row picks exactly, on the cpu reference and on wasm (where they replace the Slice kernel), and leave no tensors. */

afterAll(async () => {
  await tf.setBackend('cpu');
});

/** 0, 1, 2, … as a tensor of `shape`, so every value names its position. */
const counting = (shape: number[]) => tf.tidy(() => tf.range(0, shape.reduce((a, b) => a * b, 1)).reshape(shape));

describe.each(['cpu', 'wasm'])('gather-slices on %s', (backend) => {
  it('cropPixels equals tf.slice, asymmetric offsets included', async () => {
    await tf.setBackend(backend);
    const before = tf.memory().numTensors;
    const x = counting([3, 7, 6, 5]) as tf.Tensor4D;
    for (const [top, left, rows, cols] of [[1, 1, 5, 4], [0, 2, 7, 3], [2, 0, 1, 6], [0, 0, 7, 6]]) {
      const ours = cropPixels(x, top, left, rows, cols);
      const ref = tf.slice(x, [0, top, left, 0], [3, rows, cols, 5]);
      expect(ours.shape).toEqual([3, rows, cols, 5]);
      expect(Array.from(await ours.data())).toEqual(Array.from(await ref.data()));
      tf.dispose([ours, ref]);
    }
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sliceRows and gatherRows pick exactly the rows asked for', async () => {
    await tf.setBackend(backend);
    const before = tf.memory().numTensors;
    const x = counting([6, 4]) as tf.Tensor2D;
    const mid = sliceRows(x, 2, 3);
    expect(mid.shape).toEqual([3, 4]);
    expect(Array.from(await mid.data())).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const empty = sliceRows(x, 6, 0);
    expect(empty.shape).toEqual([0, 4]);
    const picked = gatherRows(x, Int32Array.from([5, 0]));
    expect(Array.from(await picked.data())).toEqual([20, 21, 22, 23, 0, 1, 2, 3]);
    tf.dispose([x, mid, empty, picked]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a crop or a row range outside the tensor', async () => {
    await tf.setBackend(backend);
    const x = tf.zeros([1, 4, 4, 1]) as tf.Tensor4D;
    const m = tf.zeros([3, 2]) as tf.Tensor2D;
    expect(() => cropPixels(x, 1, 0, 4, 4)).toThrow('crop-out-of-range');
    expect(() => cropPixels(x, 0, -1, 2, 2)).toThrow('crop-out-of-range');
    expect(() => sliceRows(m, 2, 2)).toThrow('rows-out-of-range');
    tf.dispose([x, m]);
  });
});
