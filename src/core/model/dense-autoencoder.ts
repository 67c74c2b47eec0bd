import * as tf from '@tensorflow/tfjs';
import { createRng } from '../random/rng';
import { activate } from './activations';
import { denseOp } from './dense-op';
import { glorotUniform } from './glorot';
import { reconstructionLoss } from './losses';
import { layerTable, type DenseAeConfig } from './dense-ae-architecture';
import type { TrainableModel } from './trainable-model';

export * from './dense-ae-architecture';

/** A dense autoencoder whose weights live in tfjs variables. */
export interface DenseAutoencoder extends TrainableModel {
  readonly config: DenseAeConfig;
  /**
   * Reconstructs a batch. @param x [batch, inputSize] @returns [batch, inputSize],
   * a new tensor owned by the caller.
   */
  reconstruct(x: tf.Tensor2D): tf.Tensor2D;
  /** Bottleneck codes. @param x [batch, inputSize] @returns [batch, latent], owned by the caller. */
  encode(x: tf.Tensor2D): tf.Tensor2D;
}

/**
 * Builds the model with Glorot-uniform weights and zero biases drawn from `seed`,
 * so the same seed gives the same initial model on every backend. The caller owns
 * the model and must `dispose()` it.
 */
export function createDenseAutoencoder(config: DenseAeConfig, seed: number): DenseAutoencoder {
  validateDenseAeConfig(config);
  const rng = createRng(seed);
  const table = layerTable(config);
  const layers = table.map((row, i) => ({
    w: tf.tidy(() =>
      tf.variable(tf.tensor2d(glorotUniform(row.inputs, row.outputs, rng), [row.inputs, row.outputs]), true, `dense${i}_w_${uid()}`),
    ),
    b: tf.tidy(() => tf.variable(tf.zeros([row.outputs]), true, `dense${i}_b_${uid()}`)),
    activation: row.activation,
  }));
  const depth = config.hidden.length + 1;
  const run = (x: tf.Tensor2D, from: number, to: number): tf.Tensor2D =>
    tf.tidy(() => {
      let h: tf.Tensor2D = x;
      for (let i = from; i < to; i++) {
        const l = layers[i];
        h = activate(denseOp(h, l.w as tf.Tensor2D, l.b as tf.Tensor1D), l.activation) as tf.Tensor2D;
      }
      return h;
    });
  const vars = layers.flatMap((l) => [l.w, l.b]);
  return {
    config,
    reconstruct: (x) => run(x, 0, layers.length),
    encode: (x) => run(x, 0, depth),
    loss: (batch) => tf.tidy(() => reconstructionLoss(batch, run(batch, 0, layers.length), config.loss)),
    trainableVariables: () => vars,
    allVariables: () => vars,
    dispose: () => tf.dispose(vars),
  };
}

/** Throws a clear Error for a config no model can be built from. */
export function validateDenseAeConfig(config: DenseAeConfig): void {
  const widths = [config.inputSize, config.latent, ...config.hidden];
  if (widths.some((w) => !Number.isInteger(w) || w < 1)) {
    throw new Error(`Layer widths must be whole numbers ≥ 1 (got ${widths.join(', ')}).`);
  }
}

let counter = 0;
function uid(): number {
  counter += 1;
  return counter;
}
