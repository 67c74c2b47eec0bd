import * as tf from '@tensorflow/tfjs';

/**
 * `x·W` without a bias (a 1×1 convolution on rows of pixels) with a
 * hand-written gradient that materialises the transposes, as `denseOp`
 * does: the wasm backend runs transposed matmuls ~10× slower.
 * @param x [n, in]; @param w [in, out]
 * @returns [n, out], a new tensor owned by the caller (or the enclosing tidy)
 */
export const pointwiseOp: (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor2D = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, w] = args as tf.Tensor2D[];
  const save = args[2] as tf.GradSaveFunc;
  save([x, w]);
  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
    const [xs, ws] = saved as tf.Tensor2D[];
    return [tf.matMul(dy as tf.Tensor2D, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy as tf.Tensor2D)];
  };
  return { value: tf.matMul(x, w), gradFunc };
}) as unknown as (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor2D;
