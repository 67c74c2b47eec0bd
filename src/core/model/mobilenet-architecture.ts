/**
 * A MobileNetV2 backbone (Sandler et al. 2018) as plain numbers: the
 * inverted-residual blocks for a width multiplier and an input side, with
 * parameter and multiply–add counts. No tfjs, so the page can show the table
 * without the ML runtime.
 *
 * The ImageNet model's settings (t expansion, c channels, n repeats, s
 * stride) are kept; channels are width·c rounded to a multiple of 8 (never
 * below 90 % of width·c), as the reference implementation does, and the last
 * 1×1 conv keeps 1,280 channels for width ≤ 1. On small inputs the strides
 * are kept until the map is 1×1; a stride that would go below 1 pixel
 * becomes 1 (28×28: 14, 7, 4, 2, 1).
 */

/** MobileNetV2's ImageNet table: expansion t, output channels c, repeats n, first stride s. */
export const MOBILENET_V2_TABLE: readonly [number, number, number, number][] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

/** Channels of the first conv and of the last 1×1 conv at width 1. */
export const STEM_CHANNELS = 32;
export const LAST_CHANNELS = 1280;

/** Settings of the backbone. */
export interface MobileNetConfig {
  /** Side of the square grayscale input (≥ 8). */
  inputSize: number;
  /** Width multiplier (the seed: 0.5), in (0, 2]. */
  width: number;
}

/** One inverted-residual block: expand 1×1 (ReLU6), depthwise 3×3 (ReLU6), project 1×1 (linear). */
export interface MobileNetBlock {
  inChannels: number;
  /** Expanded channels (= inChannels when the expansion is 1: no expand conv). */
  hidden: number;
  outChannels: number;
  stride: number;
  /** Side of the block's input and output maps. */
  inSize: number;
  outSize: number;
  /** x + block(x): stride 1 and inChannels = outChannels. */
  residual: boolean;
}

/** The whole backbone. */
export interface MobileNetLayout {
  config: MobileNetConfig;
  stemChannels: number;
  /** Side after the stem (stride 2). */
  stemSize: number;
  blocks: MobileNetBlock[];
  /** Channels of the last 1×1 conv = the pooled feature size. */
  lastChannels: number;
  /** Weights (convs, batch-norm γ and β). */
  params: number;
  /** Multiply–adds of one image's forward pass. */
  macs: number;
}

/** v·width rounded to a multiple of 8, at least 8 and at least 90 % of v·width. */
export function makeDivisible(v: number, divisor = 8): number {
  const rounded = Math.max(divisor, Math.floor((v + divisor / 2) / divisor) * divisor);
  return rounded < 0.9 * v ? rounded + divisor : rounded;
}

function strideFor(size: number, stride: number): number {
  return size <= 1 ? 1 : stride;
}

/**
 * The layout for a config. @throws 'mobilenet-config' for an input side
 * below 8 or a width outside (0, 2]
 */
export function mobileNetLayout(config: MobileNetConfig): MobileNetLayout {
  const { inputSize, width } = config;
  if (!Number.isInteger(inputSize) || inputSize < 8 || !(width > 0 && width <= 2)) throw new Error('mobilenet-config');
  const stemChannels = makeDivisible(STEM_CHANNELS * width);
  const stemSize = Math.ceil(inputSize / 2);
  let params = 9 * stemChannels + 2 * stemChannels;
  let macs = stemSize * stemSize * 9 * stemChannels;
  const blocks: MobileNetBlock[] = [];
  let channels = stemChannels;
  let size = stemSize;
  for (const [t, c, n, s] of MOBILENET_V2_TABLE) {
    const out = makeDivisible(c * width);
    for (let i = 0; i < n; i++) {
      const stride = i === 0 ? strideFor(size, s) : 1;
      const outSize = Math.ceil(size / stride);
      const hidden = Math.round(channels * t);
      const block = { inChannels: channels, hidden, outChannels: out, stride, inSize: size, outSize, residual: stride === 1 && channels === out };
      blocks.push(block);
      if (t !== 1) {
        params += channels * hidden + 2 * hidden;
        macs += size * size * channels * hidden;
      }
      params += 9 * hidden + 2 * hidden + hidden * out + 2 * out;
      macs += outSize * outSize * (9 * hidden + hidden * out);
      channels = out;
      size = outSize;
    }
  }
  const lastChannels = width > 1 ? makeDivisible(LAST_CHANNELS * width) : LAST_CHANNELS;
  params += channels * lastChannels + 2 * lastChannels;
  macs += size * size * channels * lastChannels;
  return { config, stemChannels, stemSize, blocks, lastChannels, params, macs };
}
