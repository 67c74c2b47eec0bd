import * as tf from '@tensorflow/tfjs';
import { createRng, type Rng } from '../random/rng';
import { conv2dOp, conv2dTransposeOp } from './conv2d-op';
import { convAeConfigProblem, convAeLayers, DEFAULT_SSIM_LOSS_WINDOW, LEAKY_SLOPE, type ConvAeConfig, type ConvAeLayer } from './conv-ae-architecture';
import { ssimLoss } from './ssim-loss';
import type { TrainableModel } from './trainable-model';

export * from './conv-ae-architecture';

/**
 * The convolutional autoencoder of Bergmann et al. (2018) on square grayscale
 * images. Rows are images of inputSize² pixels in [0, 1], row-major, so the
 * shared training loop (which batches rows) trains it as it is.
 */
export interface ConvAutoencoder extends TrainableModel {
  readonly config: ConvAeConfig;
  readonly layers: readonly ConvAeLayer[];
  /**
   * Reconstructions (inference). @param x [B, inputSize²] in [0, 1]
   * @returns [B, inputSize²] in (0, 1), a new tensor owned by the caller
   */
  reconstruct(x: tf.Tensor2D): tf.Tensor2D;
  /** Bottleneck codes. @param x [B, inputSize²] @returns [B, latent], owned by the caller. */
  encode(x: tf.Tensor2D): tf.Tensor2D;
  /** Copies of every variable's values, in `allVariables()` order (plain data). */
  getWeights(): Promise<Float32Array[]>;
  /** Overwrites every variable from `getWeights()` output of a model with the same config. */
  setWeights(weights: Float32Array[]): void;
}

/**
 * Builds the model with He-uniform filters (see `heUniform`) and zero
 * biases drawn from `seed`, so a seed gives the same initial model on every
 * backend. Hidden layers use LeakyReLU 0.2, the bottleneck is linear, the
 * output a sigmoid. Every convolution runs through the shared
 * {@link conv2dOp} / {@link conv2dTransposeOp} (fast gradients on wasm); the
 * first layer skips the gradient with respect to the data. Each filter and
 * bias is its own variable: a flat parameter pack would be split every step,
 * and on wasm each of its ~36 slices copies the whole 0.7M-value pack. Throws an Error whose
 * message is a {@link ConvAeConfigProblem} code for a config no model can be
 * built from. The caller owns the model and must `dispose()` it.
 */
export function createConvAutoencoder(config: ConvAeConfig, seed: number): ConvAutoencoder {
  const problem = convAeConfigProblem(config);
  if (problem) throw new Error(problem.code);
  const layers = convAeLayers(config);
  const rng = createRng(seed);
  const id = ++counter;
  const params = layers.map((l, i) => {
    // tfjs layouts: conv [k, k, in, out]; conv-transpose [k, k, out, in].
    const shape: [number, number, number, number] = l.kind === 'conv' ? [l.kernel, l.kernel, l.inChannels, l.outChannels] : [l.kernel, l.kernel, l.outChannels, l.inChannels];
    const init = heUniform(l, rng);
    return tf.tidy(() => ({
      w: tf.variable(tf.tensor4d(init, shape), true, `conv_ae${id}_w${i}`),
      b: tf.variable(tf.zeros([l.outChannels]) as tf.Tensor1D, true, `conv_ae${id}_b${i}`),
    }));
  });
  const vars: tf.Variable[] = params.flatMap((p) => [p.w, p.b]);
  const side = config.inputSize;
  const nEncoder = layers.filter((l) => l.part === 'encoder').length;

  /** The first `to` layers on rows x [B, side²]. */
  const run = (x: tf.Tensor2D, to: number): tf.Tensor4D => {
    let h = tf.reshape(x, [x.shape[0], side, side, 1]) as tf.Tensor4D;
    for (let i = 0; i < to; i++) {
      const l = layers[i];
      const { w, b } = params[i];
      const options = { stride: l.stride, padding: l.padding, activation: l.activation, alpha: LEAKY_SLOPE, inputGradient: i > 0 };
      h = l.kind === 'conv' ? conv2dOp(h, w, b, options) : conv2dTransposeOp(h, w, b, { ...options, outSize: [l.outSize, l.outSize] });
    }
    return h;
  };
  const reconstructRows = (x: tf.Tensor2D): tf.Tensor2D => tf.reshape(run(x, layers.length), [x.shape[0], side * side]) as tf.Tensor2D;

  return {
    config,
    layers,
    reconstruct: (x) => tf.tidy(() => reconstructRows(x)),
    encode: (x) => tf.tidy(() => tf.reshape(run(x, nEncoder), [x.shape[0], config.latent]) as tf.Tensor2D),
    loss: (batch) =>
      tf.tidy(() => {
        const y = reconstructRows(batch);
        if (config.loss === 'l2') return tf.mean(tf.squaredDifference(batch, y)) as tf.Scalar;
        const n = batch.shape[0];
        return ssimLoss(tf.reshape(batch, [n, side, side]), tf.reshape(y, [n, side, side]), config.ssim ?? DEFAULT_SSIM_LOSS_WINDOW);
      }),
    trainableVariables: () => vars,
    allVariables: () => vars,
    getWeights: async () => Promise.all(vars.map((v) => v.data() as Promise<Float32Array>)),
    setWeights: (weights) => {
      if (weights.length !== vars.length || weights.some((w, i) => w.length !== vars[i].size)) throw new Error('conv-ae-weights');
      vars.forEach((v, i) => tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape))));
    },
    dispose: () => tf.dispose(vars),
  };
}

/**
 * He (Kaiming) uniform initial filters for a layer: U(−l, l) with
 * l = √(3 · gain / fanIn), gain 2/(1 + 0.2²) before a LeakyReLU and 1 before
 * the linear bottleneck and the sigmoid output; fanIn is the number of
 * products each output sums on average (multiply–adds ÷ outputs): k²·in for
 * a conv, k²·in/s² for a stride-s transposed conv, in for the transposed
 * conv that grows the 1×1 bottleneck.
 *
 * Keras' default (Glorot uniform) shrinks the signal by about half per
 * LeakyReLU layer; through these 18 layers the output starts constant and,
 * measured here, both losses stayed at the constant-output plateau for 10
 * epochs of 1,000 grass crops.
 */
function heUniform(l: ConvAeLayer, rng: Rng): Float32Array {
  const fanIn = l.macs / (l.outSize * l.outSize * l.outChannels);
  const gain = l.activation === 'leakyRelu' ? 2 / (1 + LEAKY_SLOPE * LEAKY_SLOPE) : 1;
  const limit = Math.sqrt((3 * gain) / fanIn);
  const out = new Float32Array(l.kernel * l.kernel * l.inChannels * l.outChannels);
  for (let i = 0; i < out.length; i++) out[i] = (rng.next() * 2 - 1) * limit;
  return out;
}

let counter = 0;
