import * as tf from '@tensorflow/tfjs';
import { fail } from '../problem';
import { createRng } from '../random/rng';
import { createBatchNorm, type BatchNorm } from './batch-norm';
import { createParamPack, type ParamSpec } from './param-pack';
import { vaeLoss } from './gaussian-vae-loss';
import { conv2x2s2, convGlorot, convSame, convT2x2s2, linearOp } from './patch-conv-ops';
import { denseOp } from './dense-op';
import type { TrainableModel } from './trainable-model';

/**
 * How the decoder's variance σ² is modelled.
 * - 'pixel': seed 004 — a second head, σ² = sigmoid(a) per pixel. Can collapse towards 0.
 * - 'floor': the same head squeezed into [floor, 1): σ² = floor + (1 − floor)·sigmoid(a).
 * - 'shared': one learned σ² = exp(s) for every pixel (σ-VAE); no variance head.
 */
export type VarianceModel = 'pixel' | 'floor' | 'shared';

/** Architecture and loss settings of the patch VAE. */
export interface PatchVaeConfig {
  /** Patch side in pixels, a multiple of 4 (two stride-2 convolutions). Seed: 8. */
  patchSize: number;
  /** Latent size. Seed: 2. */
  latent: number;
  /** Channels of the first conv (the second has twice as many). Seed: 16. */
  channels: number;
  variance: VarianceModel;
  /** Lower bound of σ² for 'floor', in (0, 1). */
  varianceFloor: number;
  /** Weight β of the KL term per patch. */
  beta: number;
  /**
   * Momentum of the batch norms' running statistics (Keras: 0.99). They lag
   * the weights by ~1/(1 − momentum) steps, so a very short training wants less.
   */
  bnMomentum?: number;
}

/**
 * Seed 004's model and loss: a free σ² per pixel and, in per-patch units, the
 * KL weight of the seed's Keras code (which sums the pixel terms over the batch
 * of 128 but averages KL: β = 1/128). The variance it learns collapses on blank
 * background; the lesson cures that when scoring (see `SCORE_FLOORS`).
 */
export const PATCH_VAE_DEFAULTS: PatchVaeConfig = {
  patchSize: 8,
  latent: 2,
  channels: 16,
  variance: 'pixel',
  varianceFloor: 0.01,
  beta: 1 / 128,
};

/** Decoder output for a batch of patches, [B, p·p] each, owned by the caller. */
export interface PatchPrediction {
  mu: tf.Tensor2D;
  /** log σ² (finite even where σ² underflows in float32). */
  logVar: tf.Tensor2D;
}

/** The patch VAE. Patches are rows of p·p pixels in [0, 1], row-major. */
export interface PatchVae extends TrainableModel {
  readonly config: PatchVaeConfig;
  /** Encoder means (inference mode). @param x [B, p·p] @returns [B, latent], owned by the caller. */
  encode(x: tf.Tensor2D): tf.Tensor2D;
  /** Decodes latent codes (inference mode). @param z [B, latent] */
  decode(z: tf.Tensor2D): PatchPrediction;
  /** Reconstructs patches through z = encoder mean (no sampling), inference mode. @param x [B, p·p] */
  predict(x: tf.Tensor2D): PatchPrediction;
  /** Copies of every variable's values, in `allVariables()` order (plain data). */
  getWeights(): Promise<Float32Array[]>;
  /** Overwrites every variable from `getWeights()` output of a model with the same config. */
  setWeights(weights: Float32Array[]): void;
}

/** Throws a `ProblemError` for settings no model can be built from. */
export function validatePatchVaeConfig(c: PatchVaeConfig): void {
  if (!Number.isInteger(c.patchSize) || c.patchSize < 4 || c.patchSize % 4 !== 0) fail('patch-size-multiple', { of: 4, got: c.patchSize });
  if (!Number.isInteger(c.latent) || c.latent < 1) fail('latent-invalid', { got: c.latent });
  if (!Number.isInteger(c.channels) || c.channels < 1) fail('channels-invalid', { got: c.channels });
  if (c.variance === 'floor' && !(c.varianceFloor > 0 && c.varianceFloor < 1)) fail('variance-floor-range', { got: c.varianceFloor });
  if (c.bnMomentum !== undefined && !(c.bnMomentum >= 0 && c.bnMomentum < 1)) fail('bn-momentum-range', { got: c.bnMomentum });
  if (!(c.beta >= 0)) fail('beta-negative', { got: c.beta });
}

/**
 * Builds the seed-004 patch VAE with Keras-default initial weights drawn from
 * `seed`; the reparameterisation noise is drawn from the same seeded stream.
 * The caller owns the model and must `dispose()` it.
 */
export function createPatchVae(config: PatchVaeConfig, seed: number): PatchVae {
  validatePatchVaeConfig(config);
  const { patchSize: p, latent, channels: nc } = config;
  const q = p / 4;
  const rng = createRng(seed);
  const noiseRng = createRng(seed ^ 0x2a2a2a);
  const id = ++counter;
  const feat = q * q * 2 * nc;
  const specs: ParamSpec[] = [];
  const weights = (name: string, k: number, cin: number, cout: number, shape: number[]) =>
    specs.push({ name, shape, init: convGlorot(k, cin, cout, rng) });
  const norm = (name: string, c: number) => {
    specs.push({ name: `${name}_gamma`, shape: [c], init: new Float32Array(c).fill(1) });
    specs.push({ name: `${name}_beta`, shape: [c], init: new Float32Array(c) });
  };
  weights('c1', 2, 1, nc, [4, nc]);
  weights('c2', 2, nc, 2 * nc, [4 * nc, 2 * nc]);
  weights('z', 1, feat, 2 * latent, [feat, 2 * latent]);
  specs.push({ name: 'z_bias', shape: [2 * latent], init: new Float32Array(2 * latent) });
  weights('d', 1, latent, q * q, [latent, q * q]);
  weights('t1', 2, 2 * nc, 1, [1, 4 * 2 * nc]);
  weights('t2', 2, nc, 2 * nc, [2 * nc, 4 * nc]);
  weights('mu', 4, nc, 1, [16 * nc, 1]);
  const withHead = config.variance !== 'shared';
  if (withHead) weights('var', 4, nc, 1, [16 * nc, 1]);
  const bnWidths: [string, number][] = [['bn_c1', nc], ['bn_c2', 2 * nc], ['bn_d', q * q], ['bn_t1', 2 * nc], ['bn_t2', nc], ['bn_mu', 1]];
  if (withHead) bnWidths.push(['bn_var', 1]);
  bnWidths.forEach(([name, c]) => norm(name, c));
  if (!withHead) specs.push({ name: 'logVar', shape: [1], init: new Float32Array(1) });
  const pack = createParamPack(specs, `pvae${id}_params`);
  // The μ and σ² heads' norms act per channel, so one 2-channel norm ('bn_heads') is both.
  const bnLayers: [string, number][] = [...bnWidths.filter(([name]) => !withHead || (name !== 'bn_mu' && name !== 'bn_var')), ...(withHead ? [['bn_heads', 2] as [string, number]] : [])];
  const bn = new Map<string, BatchNorm>(bnLayers.map(([name, c]) => [name, createBatchNorm(c, `pvae${id}_${name}`, config.bnMomentum)]));
  /** Unit columns that pick the μ and σ² channels out of the heads' [N, 2] output (a matmul; a column slice is slow on wasm). */
  const pick = tf.tidy(() => [tf.keep(tf.tensor2d([[1], [0]])), tf.keep(tf.tensor2d([[0], [1]]))]) as tf.Tensor2D[];
  const trainable = [pack.variable];
  const all = [pack.variable, ...[...bn.values()].flatMap((l) => l.running)];
  type Views = Record<string, tf.Tensor>;
  const T = (v: tf.Tensor) => v as tf.Tensor2D;
  const bnRelu = (V: Views, name: string, x: tf.Tensor, training: boolean) =>
    tf.relu(bn.get(name)!.apply(x, V[`${name}_gamma`], V[`${name}_beta`], training));
  /**
   * The normalised pre-activations of the μ and σ² heads, [n, p·p] each (σ²'s
   * absent for a shared σ). Both heads run as one 2-channel conv and one
   * 2-channel norm: XNNPACK takes about as long for 2 output channels as for 1.
   */
  const heads = (V: Views, h: tf.Tensor4D, n: number, training: boolean): tf.Tensor2D[] => {
    if (!withHead) return [tf.reshape(bn.get('bn_mu')!.apply(convSame(h, T(V.mu), 4), V.bn_mu_gamma, V.bn_mu_beta, training), [n, p * p]) as tf.Tensor2D];
    const w = tf.concat([V.mu, V.var], 1) as tf.Tensor2D;
    const gamma = tf.concat([V.bn_mu_gamma, V.bn_var_gamma]);
    const beta = tf.concat([V.bn_mu_beta, V.bn_var_beta]);
    const a = tf.reshape(bn.get('bn_heads')!.apply(convSame(h, w, 4), gamma, beta, training), [-1, 2]) as tf.Tensor2D;
    return pick.map((col) => tf.reshape(tf.matMul(a, col), [n, p * p]) as tf.Tensor2D);
  };

  const encodeBoth = (V: Views, x: tf.Tensor2D, training: boolean): tf.Tensor2D => {
    const n = x.shape[0];
    let h = tf.reshape(x, [n, p, p, 1]) as tf.Tensor4D;
    h = bnRelu(V, 'bn_c1', conv2x2s2(h, T(V.c1)), training) as tf.Tensor4D;
    h = bnRelu(V, 'bn_c2', conv2x2s2(h, T(V.c2)), training) as tf.Tensor4D;
    return denseOp(tf.reshape(h, [n, feat]) as tf.Tensor2D, T(V.z), V.z_bias as tf.Tensor1D);
  };
  const decodeRaw = (V: Views, z: tf.Tensor2D, training: boolean): PatchPrediction => {
    const n = z.shape[0];
    const d = bnRelu(V, 'bn_d', linearOp(z, T(V.d)), training);
    let h = tf.reshape(d, [n, q, q, 1]) as tf.Tensor4D;
    h = bnRelu(V, 'bn_t1', convT2x2s2(h, T(V.t1)), training) as tf.Tensor4D;
    h = bnRelu(V, 'bn_t2', convT2x2s2(h, T(V.t2)), training) as tf.Tensor4D;
    const [muPre, v] = heads(V, h, n, training);
    const mu = tf.sigmoid(muPre) as tf.Tensor2D;
    if (!v) return { mu, logVar: tf.add(tf.zeros([n, p * p]), V.logVar) as tf.Tensor2D };
    // log sigmoid(v) = −softplus(−v); tf.logSigmoid's gradient reads a tensor an inner tidy has already freed.
    if (config.variance === 'pixel') return { mu, logVar: tf.neg(tf.softplus(tf.neg(v))) as tf.Tensor2D };
    const f = config.varianceFloor;
    return { mu, logVar: tf.log(tf.add(f, tf.mul(1 - f, tf.sigmoid(v)))) as tf.Tensor2D };
  };
  const split = (zz: tf.Tensor2D) => [tf.slice(zz, [0, 0], [-1, latent]), tf.slice(zz, [0, latent], [-1, latent])] as tf.Tensor2D[];
  const encodeMean = (x: tf.Tensor2D) => {
    const V = pack.views();
    return split(encodeBoth(V, x, false))[0];
  };

  return {
    config,
    encode: (x) => tf.tidy(() => encodeMean(x)),
    decode: (z) => tidyPrediction(() => decodeRaw(pack.views(), z, false)),
    predict: (x) => tidyPrediction(() => decodeRaw(pack.views(), encodeMean(x), false)),
    loss: (batch, training) =>
      tf.tidy(() => {
        const V = pack.views();
        const [zMean, zLogVar] = split(encodeBoth(V, batch, training));
        let z = zMean;
        if (training) {
          const eps = new Float32Array(zMean.shape[0] * latent);
          for (let i = 0; i < eps.length; i++) eps[i] = noiseRng.normal();
          z = tf.add(zMean, tf.mul(tf.exp(tf.mul(0.5, zLogVar)), tf.tensor2d(eps, zMean.shape))) as tf.Tensor2D;
        }
        const { mu, logVar } = decodeRaw(V, z, training);
        return vaeLoss({ x: batch, mu, logVar, zMean, zLogVar }, config.beta);
      }),
    trainableVariables: () => trainable,
    allVariables: () => all,
    getWeights: async () => Promise.all(all.map((v) => v.data() as Promise<Float32Array>)),
    setWeights: (weights) => {
      if (weights.length !== all.length || weights.some((w, i) => w.length !== all[i].size)) fail('weights-mismatch', {});
      all.forEach((v, i) => tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape))));
    },
    dispose: () => tf.dispose([...all, ...pick]),
  };
}

/** Runs `f` in a tidy that returns (does not keep) both outputs, so an enclosing tidy still tracks them. */
function tidyPrediction(f: () => PatchPrediction): PatchPrediction {
  const [mu, logVar] = tf.tidy(() => {
    const r = f();
    return [r.mu, r.logVar];
  }) as tf.Tensor2D[];
  return { mu, logVar };
}

let counter = 0;
