import * as tf from '@tensorflow/tfjs';

/** Reconstruction losses for values in [0, 1] (BCE) or any range (MSE, L1). */
export type ReconstructionLoss = 'mse' | 'bce' | 'l1';

const BCE_EPSILON = 1e-7;

/**
 * Mean reconstruction loss over every element, as Keras computes it.
 * @param x targets [batch, features]
 * @param y reconstructions [batch, features]; for 'bce' values in (0, 1) (clipped to [1e-7, 1−1e-7])
 * @returns scalar, a new tensor owned by the caller (or the enclosing tidy)
 */
export function reconstructionLoss(x: tf.Tensor, y: tf.Tensor, kind: ReconstructionLoss): tf.Scalar {
  return tf.tidy(() => {
    switch (kind) {
      case 'mse':
        return tf.mean(tf.squaredDifference(x, y)) as tf.Scalar;
      case 'l1':
        return tf.mean(tf.abs(tf.sub(x, y))) as tf.Scalar;
      case 'bce': {
        const p = tf.clipByValue(y, BCE_EPSILON, 1 - BCE_EPSILON);
        const one = tf.scalar(1);
        const ll = tf.add(tf.mul(x, tf.log(p)), tf.mul(tf.sub(one, x), tf.log(tf.sub(one, p))));
        return tf.neg(tf.mean(ll)) as tf.Scalar;
      }
    }
  });
}
