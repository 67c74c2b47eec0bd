import type * as tf from '@tensorflow/tfjs';
import type { BatchNorm } from './batch-norm';

/** What every backbone owns besides its forward pass: its batch norms and variables. */
export interface BackboneParts {
  /** Channels of each batch-norm layer whose statistics can be re-estimated, in order ([] = none). */
  batchNormChannels(): number[];
  /** Those batch-norm layers, in order (their running statistics are variables of the model). */
  batchNorms(): readonly BatchNorm[];
  trainableVariables(): tf.Variable[];
  /** Trainable variables first, then the rest (running means and variances). */
  allVariables(): tf.Variable[];
  dispose(): void;
}
