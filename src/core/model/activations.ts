import * as tf from '@tensorflow/tfjs';

import type { Activation } from './dense-ae-architecture';

export type { Activation };

/** Applies `activation` to `x`; returns a new tensor (or `x` itself for 'linear'). */
export function activate(x: tf.Tensor, activation: Activation): tf.Tensor {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh':
      return tf.tanh(x);
    case 'linear':
      return x;
  }
}
