import * as tf from '@tensorflow/tfjs';
import type { BackboneParts } from './backbone-parts';
import type { BatchNorm } from './batch-norm';
import type { MobileNet } from './mobilenet';

/**
 * What the metric-learning head sits on: rows in, pooled features out. The
 * lesson's own MobileNetV2 ({@link mobileNetBackbone}), a learner's
 * pretrained tf.LayersModel (`pretrained-backbone.ts`), or features computed
 * once by a frozen one ({@link rowsBackbone}).
 */
export interface FeatureBackbone extends BackboneParts {
  /** Features per row. */
  readonly channels: number;
  /**
   * @param x [B, rowLength]: images of side² pixels in [0, 1], or precomputed features
   * @param training batch statistics instead of the running ones (where the backbone has batch norms of its own)
   * @param norms batch-norm layers to use instead of its own, in {@link batchNormChannels} order
   * @returns [B, channels], owned by the caller
   */
  features(x: tf.Tensor2D, training: boolean, norms?: readonly BatchNorm[]): tf.Tensor2D;
}

/** The lesson's MobileNetV2 on square grayscale rows of `side`² pixels; owns `net`. */
export function mobileNetBackbone(net: MobileNet, side: number): FeatureBackbone {
  return {
    channels: net.layout.lastChannels,
    features: (x, training, norms) => net.features(tf.reshape(x, [x.shape[0], side, side, 1]) as tf.Tensor4D, training, norms),
    batchNormChannels: () => net.batchNormChannels(),
    batchNorms: () => net.batchNorms(),
    trainableVariables: () => net.trainableVariables(),
    allVariables: () => net.allVariables(),
    dispose: () => net.dispose(),
  };
}

/** The batch-norm part of a backbone with none of its own to re-estimate (a pretrained one keeps its statistics). */
export const NO_BATCH_NORMS: Pick<BackboneParts, 'batchNormChannels' | 'batchNorms'> = { batchNormChannels: () => [], batchNorms: () => [] };

/** Rows that already are features (a frozen backbone's, computed once): the identity, nothing to train. */
export function rowsBackbone(channels: number): FeatureBackbone {
  return {
    channels,
    features: (x) => tf.clone(x),
    ...NO_BATCH_NORMS,
    trainableVariables: () => [],
    allVariables: () => [],
    dispose: () => undefined,
  };
}
