import type * as tf from '@tensorflow/tfjs';

/**
 * What the training loop needs from a model. Implemented by the dense
 * autoencoder and by later lessons' models (conv AE, patch VAE).
 */
export interface TrainableModel {
  /**
   * Mean loss of a batch as a scalar (new tensor; call inside `tf.tidy` or
   * dispose it). `training` switches batch-norm/dropout behaviour.
   * @param batch [batch, features] with the model's input layout.
   */
  loss(batch: tf.Tensor2D, training: boolean): tf.Scalar;
  /** Variables the optimizer updates. Owned by the model. */
  trainableVariables(): tf.Variable[];
  /** Every variable that defines the model (trainable + running statistics). Owned by the model. */
  allVariables(): tf.Variable[];
  /** Frees every variable. The model is unusable afterwards. */
  dispose(): void;
}

/** Kept copies of a model's variables (for "restore the best weights"). Dispose with `disposeSnapshot`. */
export type Snapshot = tf.Tensor[];
