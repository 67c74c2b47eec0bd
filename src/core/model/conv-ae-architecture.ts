/**
 * The convolutional autoencoder of Bergmann et al. (2018), "Improving
 * Unsupervised Defect Segmentation by Applying Structural Similarity to
 * Autoencoders", as plain numbers: layers, parameter and FLOP counts. No
 * tfjs, so the page can show the table without loading the ML runtime.
 */
import type { SsimOptions } from '../metrics/ssim';
import type { ConvPadding } from './conv-geometry';

/** Training loss: per-pixel mean squared error, or 1 − mean SSIM. */
export type ConvAeLoss = 'l2' | 'ssim';

/** Shape and loss of the convolutional autoencoder. */
export interface ConvAeConfig {
  /** Side of the square grayscale input, a multiple of 2^depth (16 at the default four stride-2 layers). Paper: 128. */
  inputSize: number;
  /** Size of the bottleneck. Paper: 100. */
  latent: number;
  /** Channel multiplier: every layer has round(width · paper channels) ≥ 1 channels. Paper: 1. */
  width: number;
  loss: ConvAeLoss;
  /** The SSIM window of the 'ssim' loss (default: uniform 11, as in the paper). */
  ssim?: SsimOptions;
  /**
   * Stride-2 stages, 1..4 (default 4, the paper's): a smaller depth drops the
   * last stride-2 layers (the widest first), so the bottleneck map is
   * inputSize / 2^depth. inputSize must then be a multiple of 2^depth.
   */
  depth?: number;
}

/** The paper's number of stride-2 stages. */
export const MAX_CONV_AE_DEPTH = 4;

/** The paper's texture model: 128×128 crops, latent 100, full width, SSIM with an 11×11 window. */
export const BERGMANN_CONFIG: ConvAeConfig = { inputSize: 128, latent: 100, width: 1, loss: 'ssim', ssim: { winSize: 11 } };

/** The SSIM window the loss uses when the config names none. */
export const DEFAULT_SSIM_LOSS_WINDOW: SsimOptions = { winSize: 11 };

/** Slope of the LeakyReLU for negative inputs (the paper's 0.2). */
export const LEAKY_SLOPE = 0.2;

/** One layer, as data the page words and the model builds from. */
export interface ConvAeLayer {
  part: 'encoder' | 'decoder';
  /** 'conv-transpose' upsamples (decoder, stride 2) or grows the bottleneck back to a map. */
  kind: 'conv' | 'conv-transpose';
  kernel: number;
  stride: number;
  padding: ConvPadding;
  inChannels: number;
  outChannels: number;
  /** Side of the layer's square output map. */
  outSize: number;
  activation: 'leakyRelu' | 'linear' | 'sigmoid';
  /** Weights + biases. */
  params: number;
  /** Multiply–adds of one sample's forward pass. */
  macs: number;
}

/** The paper's encoder before the bottleneck: kernel, stride, output channels. */
const ENCODER: readonly [number, number, number][] = [
  [4, 2, 32],
  [4, 2, 32],
  [3, 1, 32],
  [4, 2, 64],
  [3, 1, 64],
  [4, 2, 128],
  [3, 1, 64],
  [3, 1, 32],
];

/** What is wrong with a config, as a code and its values. */
export type ConvAeConfigProblem =
  | { code: 'conv-ae-input-size'; values: { inputSize: number } }
  | { code: 'conv-ae-depth'; values: { depth: number } }
  | { code: 'conv-ae-latent'; values: { latent: number } }
  | { code: 'conv-ae-width'; values: { width: number } }
  | { code: 'conv-ae-loss'; values: { loss: string } }
  | { code: 'conv-ae-ssim-window'; values: { winSize: number; inputSize: number } };

/** The first problem of `c`, or null when a model can be built. */
export function convAeConfigProblem(c: ConvAeConfig): ConvAeConfigProblem | null {
  const depth = c.depth ?? MAX_CONV_AE_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CONV_AE_DEPTH) return { code: 'conv-ae-depth', values: { depth } };
  const unit = 2 ** depth;
  if (!Number.isInteger(c.inputSize) || c.inputSize < unit || c.inputSize % unit !== 0) return { code: 'conv-ae-input-size', values: { inputSize: c.inputSize } };
  if (!Number.isInteger(c.latent) || c.latent < 1) return { code: 'conv-ae-latent', values: { latent: c.latent } };
  if (!(c.width > 0) || !Number.isFinite(c.width)) return { code: 'conv-ae-width', values: { width: c.width } };
  if (c.loss !== 'l2' && c.loss !== 'ssim') return { code: 'conv-ae-loss', values: { loss: String(c.loss) } };
  const win = c.ssim?.gaussian ? 2 * Math.floor(3.5 * (c.ssim.sigma ?? 1.5) + 0.5) + 1 : (c.ssim?.winSize ?? DEFAULT_SSIM_LOSS_WINDOW.winSize ?? 11);
  if (c.loss === 'ssim' && (!Number.isInteger(win) || win % 2 === 0 || win < 3 || win > c.inputSize)) return { code: 'conv-ae-ssim-window', values: { winSize: win, inputSize: c.inputSize } };
  return null;
}

/** The encoder rows of a model with `depth` stride-2 stages: the paper's, less its last 4 − depth stride-2 layers. */
function encoderRows(depth: number): readonly [number, number, number][] {
  let drop = MAX_CONV_AE_DEPTH - depth;
  const rows = [...ENCODER];
  for (let i = rows.length - 1; i >= 0 && drop > 0; i--) {
    if (rows[i][1] === 2) {
      rows.splice(i, 1);
      drop--;
    }
  }
  return rows;
}

/** Channels of a paper layer at `width`. */
export function scaledChannels(paper: number, width: number): number {
  return Math.max(1, Math.round(paper * width));
}

/** Every layer from input to output: 9 in the encoder (the last one to the latent), 9 mirrored in the decoder (fewer at a smaller depth). */
export function convAeLayers(c: ConvAeConfig): ConvAeLayer[] {
  const layers: ConvAeLayer[] = [];
  const add = (part: ConvAeLayer['part'], kind: ConvAeLayer['kind'], kernel: number, stride: number, padding: ConvPadding, inChannels: number, outChannels: number, outSize: number, activation: ConvAeLayer['activation']) => {
    // A transposed conv's multiply–adds equal those of the conv it mirrors, counted at its (smaller) input.
    const mapped = kind === 'conv-transpose' ? (padding === 'valid' ? outSize - kernel + 1 : outSize / stride) : outSize;
    layers.push({ part, kind, kernel, stride, padding, inChannels, outChannels, outSize, activation, params: kernel * kernel * inChannels * outChannels + outChannels, macs: mapped * mapped * kernel * kernel * inChannels * outChannels });
  };
  const sizes: number[] = [];
  let size = c.inputSize;
  let channels = 1;
  const encoder = encoderRows(c.depth ?? MAX_CONV_AE_DEPTH);
  for (const [k, s, paper] of encoder) {
    const out = scaledChannels(paper, c.width);
    sizes.push(size);
    size = size / s;
    add('encoder', 'conv', k, s, 'same', channels, out, size, 'leakyRelu');
    channels = out;
  }
  const bottleneck = size;
  add('encoder', 'conv', bottleneck, 1, 'valid', channels, c.latent, 1, 'linear');
  add('decoder', 'conv-transpose', bottleneck, 1, 'valid', c.latent, channels, bottleneck, 'leakyRelu');
  for (let i = encoder.length - 1; i >= 0; i--) {
    const [k, s] = encoder[i];
    const out = i === 0 ? 1 : scaledChannels(encoder[i - 1][2], c.width);
    add('decoder', s > 1 ? 'conv-transpose' : 'conv', k, s, 'same', channels, out, sizes[i], i === 0 ? 'sigmoid' : 'leakyRelu');
    channels = out;
  }
  return layers;
}

/** Trainable parameters of the model. */
export function convAeParamCount(c: ConvAeConfig): number {
  return convAeLayers(c).reduce((s, l) => s + l.params, 0);
}

/**
 * FLOPs of one sample's forward pass (2 × multiply–adds). A training step
 * costs about three times this per sample (forward, input and filter gradients).
 */
export function convAeForwardFlops(c: ConvAeConfig): number {
  return 2 * convAeLayers(c).reduce((s, l) => s + l.macs, 0);
}
