import * as tf from '@tensorflow/tfjs';
import { fail } from '../problem';
import { createRng } from '../random/rng';
import { denseLayerOp } from './dense-layer-op';
import { glorotUniform } from './glorot';
import { reconstructionLoss } from './losses';
import { layerTable, type DenseAeConfig, type LayerRow } from './dense-ae-architecture';
import { createParamPack } from './param-pack';
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
  /** Copies of every layer's weights, `[w0, b0, w1, b1, …]` in layer order (w row-major [inputs, outputs]). Plain data. */
  getWeights(): Promise<Float32Array[]>;
  /** Overwrites every layer's weights from `getWeights()` output of a model with the same config (`weights-mismatch` otherwise). */
  setWeights(weights: readonly Float32Array[]): void;
}

/**
 * Models with at most this many parameters keep them in one flat variable:
 * small models are bound by per-kernel overhead, and Adam then runs its ~13
 * kernels once instead of once per tensor (timeseries model: ~1.8 → 1.5 ms of
 * CPU per step on wasm). Large ones keep one variable per tensor, where
 * splitting and concatenating 600k values per step would cost more.
 */
const PACK_LIMIT = 100_000;

/** Weights and biases of every layer for one forward pass (inside a tidy). */
type LayerParams = { w: tf.Tensor2D; b: tf.Tensor1D }[];

/**
 * Builds the model with Glorot-uniform weights and zero biases drawn from `seed`,
 * so the same seed gives the same initial model on every backend. The caller owns
 * the model and must `dispose()` it.
 *
 * Layers run as fused {@link denseLayerOp}s. The first layer skips the gradient
 * with respect to the model's input, which is data: gradients flow to the
 * weights only.
 */
export function createDenseAutoencoder(config: DenseAeConfig, seed: number): DenseAutoencoder {
  validateDenseAeConfig(config);
  const rng = createRng(seed);
  const table = layerTable(config);
  const inits = table.map((row) => glorotUniform(row.inputs, row.outputs, rng));
  const packed = table.reduce((s, r) => s + r.params, 0) <= PACK_LIMIT;
  const { vars, params } = packed ? packedParams(table, inits) : separateParams(table, inits);
  const sizes = table.flatMap((r) => [r.inputs * r.outputs, r.outputs]);
  const ops = table.map((row, i) => denseLayerOp(row.activation, i > 0));
  const depth = config.hidden.length + 1;
  const run = (x: tf.Tensor2D, to: number): tf.Tensor2D =>
    tf.tidy(() => {
      const p = params();
      let h: tf.Tensor2D = x;
      for (let i = 0; i < to; i++) h = ops[i](h, p[i].w, p[i].b);
      return h;
    });
  return {
    config,
    reconstruct: (x) => run(x, table.length),
    encode: (x) => run(x, depth),
    loss: (batch) => tf.tidy(() => reconstructionLoss(batch, run(batch, table.length), config.loss)),
    trainableVariables: () => vars,
    allVariables: () => vars,
    getWeights: async () => {
      const values = (await Promise.all(vars.map((v) => v.data()))) as Float32Array[];
      if (!packed) return values;
      const out: Float32Array[] = [];
      let at = 0;
      for (const n of sizes) out.push(values[0].slice(at, (at += n)));
      return out;
    },
    setWeights: (weights) => {
      if (weights.length !== sizes.length || weights.some((w, i) => w.length !== sizes[i])) fail('weights-mismatch', {});
      if (packed) {
        const flat = new Float32Array(sizes.reduce((a, b) => a + b, 0));
        let at = 0;
        for (const w of weights) flat.set(w, (at += w.length) - w.length);
        tf.tidy(() => vars[0].assign(tf.tensor1d(flat)));
      } else vars.forEach((v, i) => tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape))));
    },
    dispose: () => tf.dispose(vars),
  };
}

function separateParams(table: LayerRow[], inits: Float32Array[]): { vars: tf.Variable[]; params: () => LayerParams } {
  const layers = table.map((row, i) => ({
    w: tf.tidy(() => tf.variable(tf.tensor2d(inits[i], [row.inputs, row.outputs]), true, `dense${i}_w_${uid()}`)),
    b: tf.tidy(() => tf.variable(tf.zeros([row.outputs]), true, `dense${i}_b_${uid()}`)),
  }));
  const params = layers.map((l) => ({ w: l.w as tf.Tensor2D, b: l.b as tf.Tensor1D }));
  return { vars: layers.flatMap((l) => [l.w, l.b]), params: () => params };
}

function packedParams(table: LayerRow[], inits: Float32Array[]): { vars: tf.Variable[]; params: () => LayerParams } {
  const pack = createParamPack(
    table.flatMap((row, i) => [
      { name: `w${i}`, shape: [row.inputs, row.outputs], init: inits[i] },
      { name: `b${i}`, shape: [row.outputs], init: new Float32Array(row.outputs) },
    ]),
    `dense_ae_${uid()}`,
  );
  return {
    vars: [pack.variable],
    params: () => {
      const v = pack.views();
      return table.map((_, i) => ({ w: v[`w${i}`] as tf.Tensor2D, b: v[`b${i}`] as tf.Tensor1D }));
    },
  };
}

/** Throws a clear Error for a config no model can be built from. */
export function validateDenseAeConfig(config: DenseAeConfig): void {
  const widths = [config.inputSize, config.latent, ...config.hidden];
  if (widths.some((w) => !Number.isInteger(w) || w < 1)) {
    fail('layer-widths', { got: widths.join(', ') });
  }
}

let counter = 0;
function uid(): number {
  counter += 1;
  return counter;
}
