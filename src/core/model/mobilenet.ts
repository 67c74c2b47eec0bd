import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../random/rng';
import type { BackboneParts } from './backbone-parts';
import { createBatchNorm, type BatchNorm } from './batch-norm';
import { conv2dOp } from './conv2d-op';
import { depthwiseConv2dOp } from './depthwise-conv2d-op';
import { mobileNetLayout, type MobileNetConfig, type MobileNetLayout } from './mobilenet-architecture';
import { pointwiseOp } from './pointwise-op';

export * from './mobilenet-architecture';

/** Batch-norm momentum of the backbone (PyTorch's 0.1 = Keras' 0.9). */
export const MOBILENET_BN_MOMENTUM = 0.9;

/** A conv (or depthwise conv) followed by batch norm; γ and β are trained, the running statistics are not. */
interface ConvBn {
  w: tf.Variable;
  gamma: tf.Variable;
  beta: tf.Variable;
  bn: BatchNorm;
}

/**
 * MobileNetV2 feature extractor on square grayscale images: stem conv 3×3
 * stride 2, inverted-residual blocks (expand 1×1 + ReLU6, depthwise 3×3 +
 * ReLU6, project 1×1 linear, batch norm after each conv, x + block(x) where
 * shapes match), a last 1×1 conv + ReLU6 and global average pooling.
 */
export interface MobileNet extends BackboneParts {
  readonly layout: MobileNetLayout;
  /**
   * Pooled features. @param x [B, size, size, 1]
   * @param training batch statistics (and running-statistic updates) instead of the running ones
   * @param norms the batch-norm layers to use, in {@link batchNormChannels} order (default the model's own)
   * @returns [B, lastChannels], owned by the caller
   */
  features(x: tf.Tensor4D, training: boolean, norms?: readonly BatchNorm[]): tf.Tensor2D;
}

let counter = 0;

/**
 * Builds the backbone with He-uniform convs (fan in), γ = 1, β = 0, drawn
 * from `rng`. The caller owns the model and must `dispose()` it.
 * @throws 'mobilenet-config' for a config no layout exists for
 */
export function createMobileNet(config: MobileNetConfig, rng: Rng): MobileNet {
  const layout = mobileNetLayout(config);
  const id = ++counter;
  const units: ConvBn[] = [];
  const channelCounts: number[] = [];
  const unit = (shape: number[], fanIn: number, channels: number): ConvBn => {
    const limit = Math.sqrt(6 / fanIn);
    const init = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (rng.next() * 2 - 1) * limit);
    const n = units.length;
    const [w, gamma, beta] = tf.tidy(() => [
      tf.variable(tf.tensor(init, shape), true, `mnv2_${id}_w${n}`),
      tf.variable(tf.ones([channels]), true, `mnv2_${id}_g${n}`),
      tf.variable(tf.zeros([channels]), true, `mnv2_${id}_b${n}`),
    ]);
    const u = { w, gamma, beta, bn: createBatchNorm(channels, `mnv2_${id}_bn${n}`, MOBILENET_BN_MOMENTUM) };
    units.push(u);
    channelCounts.push(channels);
    return u;
  };
  const stem = unit([3, 3, 1, layout.stemChannels], 9, layout.stemChannels);
  const blocks = layout.blocks.map((b) => ({
    spec: b,
    expand: b.hidden !== b.inChannels ? unit([b.inChannels, b.hidden], b.inChannels, b.hidden) : null,
    depthwise: unit([3, 3, b.hidden, 1], 9, b.hidden),
    project: unit([b.hidden, b.outChannels], b.hidden, b.outChannels),
  }));
  const lastIn = blocks[blocks.length - 1].spec.outChannels;
  const last = unit([lastIn, layout.lastChannels], lastIn, layout.lastChannels);
  const trainable = units.flatMap((u) => [u.w, u.gamma, u.beta]);

  const norm = (h: tf.Tensor, u: ConvBn, norms: readonly BatchNorm[], training: boolean): tf.Tensor => norms[units.indexOf(u)].apply(h, u.gamma, u.beta, training);
  const pointwise = (h: tf.Tensor4D, u: ConvBn): tf.Tensor4D => {
    const [b, hh, ww, c] = h.shape;
    const out = (u.w as tf.Tensor2D).shape[1];
    return tf.reshape(pointwiseOp(tf.reshape(h, [b * hh * ww, c]), u.w as tf.Tensor2D), [b, hh, ww, out]);
  };

  return {
    layout,
    features(x, training, norms = units.map((u) => u.bn)) {
      return tf.tidy(() => {
        let h = tf.relu6(norm(conv2dOp(x, stem.w as tf.Tensor4D, null, { stride: 2, padding: 'same', inputGradient: false }), stem, norms, training)) as tf.Tensor4D;
        for (const b of blocks) {
          const input = h;
          if (b.expand) h = tf.relu6(norm(pointwise(h, b.expand), b.expand, norms, training)) as tf.Tensor4D;
          h = tf.relu6(norm(depthwiseConv2dOp(h, b.depthwise.w as tf.Tensor4D, { stride: b.spec.stride, padding: 'same' }), b.depthwise, norms, training)) as tf.Tensor4D;
          h = norm(pointwise(h, b.project), b.project, norms, training) as tf.Tensor4D;
          if (b.spec.residual) h = tf.add(h, input);
        }
        h = tf.relu6(norm(pointwise(h, last), last, norms, training)) as tf.Tensor4D;
        return tf.mean(h, [1, 2]) as tf.Tensor2D;
      });
    },
    batchNormChannels: () => [...channelCounts],
    batchNorms: () => units.map((u) => u.bn),
    trainableVariables: () => trainable,
    allVariables: () => [...trainable, ...units.flatMap((u) => u.bn.running)],
    dispose: () => tf.dispose([...trainable, ...units.flatMap((u) => u.bn.running)]),
  };
}
