/** Padding of a convolution, with TensorFlow's meaning. */
export type ConvPadding = 'same' | 'valid';

/** One spatial axis of a convolution, in TensorFlow's conventions. */
export interface ConvAxis {
  /** Size of the convolution's input along the axis (the transposed convolution's output). */
  inSize: number;
  /** Size of the convolution's output along the axis (the transposed convolution's input). */
  outSize: number;
  /** Zeros added before the input. */
  padBefore: number;
  /**
   * Zeros added after the input so that the last window ends exactly at the
   * padded edge; negative when 'valid' leaves trailing input rows unused.
   */
  padAfter: number;
}

/**
 * The geometry of one axis of `tf.conv2d(x, f, stride, padding)`:
 * 'valid' → out = ⌈(in − k + 1)/s⌉; 'same' → out = ⌈in/s⌉ with
 * max((out − 1)·s + k − in, 0) zeros, ⌊half⌋ before and the rest after.
 * @param inSize ≥ 1 @param kernel ≥ 1 @param stride ≥ 1
 */
export function convAxis(inSize: number, kernel: number, stride: number, padding: ConvPadding): ConvAxis {
  if (padding === 'valid') {
    const outSize = Math.ceil((inSize - kernel + 1) / stride);
    return { inSize, outSize, padBefore: 0, padAfter: (outSize - 1) * stride + kernel - inSize };
  }
  const outSize = Math.ceil(inSize / stride);
  const total = Math.max((outSize - 1) * stride + kernel - inSize, 0);
  const padBefore = Math.floor(total / 2);
  return { inSize, outSize, padBefore, padAfter: (outSize - 1) * stride + kernel - inSize - padBefore };
}

/** Output [height, width] of `tf.conv2d` on an input of [height, width]. */
export function convOutSize(inSize: readonly [number, number], kernel: readonly [number, number], stride: number, padding: ConvPadding): [number, number] {
  return [convAxis(inSize[0], kernel[0], stride, padding).outSize, convAxis(inSize[1], kernel[1], stride, padding).outSize];
}

/** What is wrong with a convolution's settings, as a code and the values it concerns. */
export type ConvProblem =
  | { code: 'conv-stride'; values: { stride: number } }
  | { code: 'conv-kernel'; values: { kernel: string } }
  | { code: 'conv-input-size'; values: { size: string } }
  | { code: 'conv-padding'; values: { padding: string } }
  | { code: 'conv-kernel-too-large'; values: { kernel: string; size: string } };

/**
 * The first problem of a convolution with these settings (whole numbers ≥ 1,
 * at least one output pixel per axis), or null when it can be built.
 */
export function convProblem(inSize: readonly [number, number], kernel: readonly [number, number], stride: number, padding: ConvPadding): ConvProblem | null {
  if (!Number.isInteger(stride) || stride < 1) return { code: 'conv-stride', values: { stride } };
  if (kernel.some((k) => !Number.isInteger(k) || k < 1)) return { code: 'conv-kernel', values: { kernel: kernel.join('×') } };
  if (inSize.some((n) => !Number.isInteger(n) || n < 1)) return { code: 'conv-input-size', values: { size: inSize.join('×') } };
  if (padding !== 'same' && padding !== 'valid') return { code: 'conv-padding', values: { padding: String(padding) } };
  if (convOutSize(inSize, kernel, stride, padding).some((n) => n < 1)) return { code: 'conv-kernel-too-large', values: { kernel: kernel.join('×'), size: inSize.join('×') } };
  return null;
}

/** FLOPs (2 × multiply–adds) of one conv2d (or its transpose) forward pass per sample. */
export function convFlops(outSize: readonly [number, number], kernel: readonly [number, number], inChannels: number, outChannels: number): number {
  return 2 * outSize[0] * outSize[1] * kernel[0] * kernel[1] * inChannels * outChannels;
}
