/**
 * The dense autoencoder's architecture as plain numbers: layer widths, the layer
 * table, parameter and FLOP counts. No tfjs, so the page can show it without
 * loading the ML runtime.
 */
import type { ReconstructionLoss } from './losses';

/** Element-wise activations a layer may use. */
export type Activation = 'relu' | 'sigmoid' | 'linear' | 'tanh';

/** Shape and training loss of a symmetric dense autoencoder. */
export interface DenseAeConfig {
  /** Features per sample (784 for 28×28 images, L for a series). */
  inputSize: number;
  /** Encoder hidden widths, outermost first; the decoder mirrors them. Seed 000: [392]. */
  hidden: number[];
  /** Bottleneck width. Seed 000: 64. */
  latent: number;
  /** Activation of hidden layers. */
  hiddenActivation: Activation;
  /** Activation of the bottleneck. Seed 000: relu. */
  latentActivation: Activation;
  /** Activation of the output. 'sigmoid' for pixels in [0, 1]. */
  outputActivation: Activation;
  loss: ReconstructionLoss;
}

/**
 * One row of the layer table shown to the learner, named by codes the UI words:
 * its `part`, its `role` (a hidden dense layer, the latent layer or the output)
 * and, for a hidden layer, its 1-based `index` within its part.
 */
export interface LayerRow {
  part: 'encoder' | 'decoder';
  role: 'dense' | 'latent' | 'output';
  index: number;
  inputs: number;
  outputs: number;
  activation: Activation;
  params: number;
}

/** The seed-000 model: 784 → 392 → 64 → 392 → 784, relu, sigmoid output, MSE. */
export const SEED000_CONFIG: DenseAeConfig = {
  inputSize: 784,
  hidden: [392],
  latent: 64,
  hiddenActivation: 'relu',
  latentActivation: 'relu',
  outputActivation: 'sigmoid',
  loss: 'mse',
};

/** Layer widths from input to output, e.g. [784, 392, 64, 392, 784]. */
export function layerSizes(config: DenseAeConfig): number[] {
  return [config.inputSize, ...config.hidden, config.latent, ...[...config.hidden].reverse(), config.inputSize];
}

/** Layers with their part and role, widths, activations and parameter counts (weights + biases). */
export function layerTable(config: DenseAeConfig): LayerRow[] {
  const sizes = layerSizes(config);
  const depth = config.hidden.length;
  const rows: LayerRow[] = [];
  for (let i = 0; i < sizes.length - 1; i++) {
    const isLatent = i === depth;
    const isOutput = i === sizes.length - 2;
    const part = i <= depth ? 'encoder' : 'decoder';
    rows.push({
      part,
      role: isLatent ? 'latent' : isOutput ? 'output' : 'dense',
      index: i <= depth ? i + 1 : i - depth,
      inputs: sizes[i],
      outputs: sizes[i + 1],
      activation: isOutput ? config.outputActivation : isLatent ? config.latentActivation : config.hiddenActivation,
      params: sizes[i] * sizes[i + 1] + sizes[i + 1],
    });
  }
  return rows;
}

/** Total trainable parameters. Seed 000's model: 623,048. */
export function parameterCount(config: DenseAeConfig): number {
  return layerTable(config).reduce((s, r) => s + r.params, 0);
}

/** Multiply–adds ×2 for one forward pass of one sample. */
export function forwardFlopsPerSample(config: DenseAeConfig): number {
  const sizes = layerSizes(config);
  let f = 0;
  for (let i = 0; i < sizes.length - 1; i++) f += 2 * sizes[i] * sizes[i + 1];
  return f;
}
