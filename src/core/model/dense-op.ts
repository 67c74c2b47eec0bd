import * as tf from '@tensorflow/tfjs';

/**
 * `x·W + b` with a hand-written gradient that materialises the transposes.
 *
 * tfjs computes the gradient of `matMul` with `transposeA`/`transposeB` flags;
 * the wasm backend runs those ~10× slower than a plain matmul (measured here:
 * 1.5 vs 16 GFLOP/s for 256×784·784×392). Transposing explicitly first keeps
 * backprop at forward-pass speed. The value is identical to `matMul(x, w) + b`.
 *
 * @param x [batch, in]
 * @param w [in, out]
 * @param b [out]
 * @returns [batch, out]; a new tensor owned by the caller (or the enclosing tidy).
 */
export const denseOp: (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D) => tf.Tensor2D = tf.customGrad(
  (...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, w, b] = args as tf.Tensor[];
    const save = args[3] as tf.GradSaveFunc;
    save([x, w]);
    const value = tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      const dy2 = dy as tf.Tensor2D;
      return [
        tf.matMul(dy2, tf.transpose(ws)),
        tf.matMul(tf.transpose(xs), dy2),
        tf.sum(dy2, 0),
      ];
    };
    return { value, gradFunc };
  },
) as unknown as (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D) => tf.Tensor2D;
