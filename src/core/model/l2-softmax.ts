import * as tf from '@tensorflow/tfjs';
import { createRng } from '../random/rng';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import { createBatchNorm } from './batch-norm';
import { denseOp } from './dense-op';
import { sliceRows } from './gather-slices';
import { glorotUniform } from './glorot';
import { mobileNetBackbone, type FeatureBackbone } from './feature-backbone';
import { createMobileNet } from './mobilenet';

/** Settings of the metric-learning classifier. */
export interface MetricNetConfig {
  /** Side of the square grayscale input. */
  inputSize: number;
  /** MobileNetV2 width multiplier (the seed: 0.5; unused with a backbone of the caller's). */
  width: number;
  /** Embedding size after pooling (the reference: 128). */
  embeddingSize: number;
  /** Classes of the softmax: the normal class + the reference classes (≥ 1). */
  classes: number;
  /** Scale α of the normalised embedding; `learned` makes it a trained scalar starting at `value`. */
  alpha: { mode: 'fixed' | 'learned'; value: number };
}

/**
 * A MobileNetV2 backbone, a dense embedding and an L2-softmax head (Ranjan
 * et al. 2017, "L2-constrained softmax loss"): the embedding is L2-normalised,
 * scaled by α, and a dense layer + softmax classifies it. Images are rows of
 * inputSize² pixels in [0, 1].
 */
export interface MetricNet {
  readonly config: MetricNetConfig;
  readonly backbone: FeatureBackbone;
  /** Class scores. @param x [B, size²] @returns [B, classes], owned by the caller */
  logits(x: tf.Tensor2D, training: boolean): tf.Tensor2D;
  /** Mean softmax cross-entropy of `labels` [B] (int32 class indices); scalar owned by the caller. */
  loss(x: tf.Tensor2D, labels: tf.Tensor1D, training: boolean): tf.Scalar;
  /** L2-normalised embeddings (inference mode). @returns [B, embeddingSize], owned by the caller */
  embed(x: tf.Tensor2D): tf.Tensor2D;
  /** The current α. */
  alpha(): Promise<number>;
  /**
   * Replaces every batch norm's running statistics by the average of the
   * batch statistics over `x` in batches of `batchSize` (PyTorch's
   * `update_bn`): after a short training the running averages still hold
   * much of their start values, and embeddings computed with them collapse.
   * Yields the images done after each batch; the statistics change when it ends.
   * A backbone without batch norms of its own (a pretrained one) yields nothing.
   */
  reestimateBatchNorm(x: tf.Tensor2D, batchSize: number): AsyncGenerator<number, void>;
  trainableVariables(): tf.Variable[];
  allVariables(): tf.Variable[];
  /** Copies of every variable's values, in `allVariables()` order. */
  getWeights(): Promise<Float32Array[]>;
  dispose(): void;
}

/**
 * Mean cross-entropy of `logits` [B, classes] against integer `labels` [B].
 * With one class (no reference data) the softmax is 1 for every image, so the
 * loss and its gradients are 0 (tf.oneHot refuses a depth of 1).
 */
export function softmaxCrossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Scalar {
  return tf.tidy(() => {
    const target = classes > 1 ? tf.oneHot(tf.cast(labels, 'int32') as tf.Tensor1D, classes) : tf.onesLike(logits);
    return tf.neg(tf.mean(tf.sum(tf.mul(target, tf.logSoftmax(logits)), 1))) as tf.Scalar;
  });
}

/**
 * Builds the network from `seed` (same seed, same initial weights on every
 * backend): the head on `backbone`, by default the lesson's MobileNetV2 of
 * `config.width` from scratch. The caller owns the net and must `dispose()`
 * it; the net owns the backbone.
 * @throws 'metric-net-config' for a bad embedding size, class count or α
 */
export function createMetricNet(config: MetricNetConfig, seed: number, own?: FeatureBackbone): MetricNet {
  const { embeddingSize: e, classes } = config;
  if (!Number.isInteger(e) || e < 2 || !Number.isInteger(classes) || classes < 1 || !(config.alpha.value > 0)) throw new Error('metric-net-config');
  const rng = createRng(seed);
  const backbone = own ?? mobileNetBackbone(createMobileNet({ inputSize: config.inputSize, width: config.width }, rng), config.inputSize);
  const f = backbone.channels;
  const head = tf.tidy(() => ({
    we: tf.variable(tf.tensor2d(glorotUniform(f, e, rng), [f, e])),
    be: tf.variable(tf.zeros([e])),
    wc: tf.variable(tf.tensor2d(glorotUniform(e, classes, rng), [e, classes])),
    bc: tf.variable(tf.zeros([classes])),
    alpha: tf.variable(tf.scalar(config.alpha.value), config.alpha.mode === 'learned'),
  }));
  const headTrainable = [head.we, head.be, head.wc, head.bc, ...(config.alpha.mode === 'learned' ? [head.alpha] : [])];
  const normalised = (x: tf.Tensor2D, training: boolean): tf.Tensor2D => {
    const z = denseOp(backbone.features(x, training), head.we as tf.Tensor2D, head.be as tf.Tensor1D);
    return tf.div(z, tf.sqrt(tf.add(tf.sum(tf.square(z), 1, true), 1e-12))) as tf.Tensor2D;
  };
  const logits = (x: tf.Tensor2D, training: boolean): tf.Tensor2D =>
    tf.tidy(() => denseOp(tf.mul(normalised(x, training), head.alpha) as tf.Tensor2D, head.wc as tf.Tensor2D, head.bc as tf.Tensor1D));
  const all = () => [...backbone.trainableVariables(), head.we, head.be, head.wc, head.bc, head.alpha, ...backbone.allVariables().slice(backbone.trainableVariables().length)];

  return {
    config,
    backbone,
    logits,
    loss: (x, labels, training) => tf.tidy(() => softmaxCrossEntropy(logits(x, training), labels, classes)),
    embed: (x) => tf.tidy(() => normalised(x, false)),
    alpha: async () => (await head.alpha.data())[0],
    async *reestimateBatchNorm(x, batchSize) {
      const fresh = backbone.batchNormChannels().map((c, i) => createBatchNorm(c, `reestimate_${i}`, 1));
      if (fresh.length === 0) return;
      try {
        for (let from = 0; from < x.shape[0]; from += batchSize) {
          const size = Math.min(batchSize, x.shape[0] - from);
          tf.tidy(() => {
            backbone.features(sliceRows(x, from, size), true, fresh);
          });
          await yieldToEventLoop();
          yield from + size;
        }
        backbone.batchNorms().forEach((bn, i) => bn.running.forEach((v, j) => v.assign(fresh[i].running[j])));
      } finally {
        tf.dispose(fresh.flatMap((bn) => bn.running));
      }
    },
    trainableVariables: () => [...backbone.trainableVariables(), ...headTrainable],
    allVariables: all,
    getWeights: () => Promise.all(all().map((v) => v.data() as Promise<Float32Array>)),
    dispose: () => {
      backbone.dispose();
      tf.dispose([head.we, head.be, head.wc, head.bc, head.alpha]);
    },
  };
}
