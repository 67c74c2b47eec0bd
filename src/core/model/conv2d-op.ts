import * as tf from '@tensorflow/tfjs';
import { convAxis, convProblem, type ConvPadding } from './conv-geometry';
import { convBackpropFilter, convBackpropInput, fusedConv2d, type FusedEpilogue } from './conv-kernels';

export type { ConvPadding } from './conv-geometry';

/** Activations fused into a conv op (the forward pass applies them in the conv kernel). */
export type ConvActivation = 'linear' | 'relu' | 'leakyRelu' | 'sigmoid';

/** Settings of a conv op. */
export interface ConvOptions {
  /** Same stride on both axes; default 1. */
  stride?: number;
  /** TensorFlow's 'same' or 'valid'; default 'same'. */
  padding?: ConvPadding;
  /** Applied after the bias; default 'linear'. */
  activation?: ConvActivation;
  /** Slope of 'leakyRelu' for negative inputs; default 0.2 (Keras' LeakyReLU uses 0.3, the paper 0.2). */
  alpha?: number;
  /**
   * False skips the gradient with respect to the input (zeros are returned):
   * use it where the input is data, e.g. a model's first layer.
   */
  inputGradient?: boolean;
}

/** Settings of a transposed conv op: the conv options plus the output's spatial size. */
export interface ConvTransposeOptions extends ConvOptions {
  /** [H, W] of the output; the input must be what `tf.conv2d` with the same settings would give for it. */
  outSize: readonly [number, number];
}

type Fn = (...t: tf.Tensor[]) => tf.Tensor4D;
const cache = new Map<string, Fn>();

/**
 * `activation(tf.conv2d(x, filter, stride, padding) + bias)` with a
 * hand-written gradient for x, filter and bias that runs only fast wasm
 * kernels (see `conv-kernels.ts`). The value and gradients equal tfjs'
 * autodiff of the same expression up to float rounding; the activation's
 * derivative comes from the saved output.
 *
 * @param x [B, H, W, C]
 * @param filter [kh, kw, C, Cout] (tfjs' conv2d layout)
 * @param bias [Cout], or null for none
 * @returns [B, Ho, Wo, Cout], a new tensor owned by the caller (or the enclosing tidy)
 */
export function conv2dOp(x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor1D | null, options: ConvOptions = {}): tf.Tensor4D {
  const o = resolve(options);
  const [kh, kw] = filter.shape;
  check(x.shape[3] === filter.shape[2], 'conv-channels');
  throwProblem([x.shape[1], x.shape[2]], [kh, kw], o.stride, o.padding);
  const key = `c:${kh}:${kw}:${o.stride}:${o.padding}:${o.activation}:${o.alpha}:${o.inputGradient}:${bias !== null}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = buildConv(o, [kh, kw], bias !== null);
    cache.set(key, fn);
  }
  return bias ? fn(x, filter, bias) : fn(x, filter);
}

/**
 * `activation(tf.conv2dTranspose(x, filter, [B, ...outSize, C], stride, padding) + bias)`,
 * the mirror of {@link conv2dOp} for decoders, with a hand-written gradient
 * for x, filter and bias. Its value is the input gradient of a conv2d (one
 * fast forward conv, see `convBackpropInput`); its input gradient is a
 * forward conv2d, and its filter gradient is a conv2d's with the roles of
 * input and output swapped.
 *
 * @param x [B, h, w, Cin] with [h, w] = conv2d output size of `outSize`
 * @param filter [kh, kw, C, Cin] (tfjs' conv2dTranspose layout: output channels third)
 * @param bias [C], or null for none
 * @returns [B, ...outSize, C], a new tensor owned by the caller (or the enclosing tidy)
 */
export function conv2dTransposeOp(x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor1D | null, options: ConvTransposeOptions): tf.Tensor4D {
  const o = resolve(options);
  const [kh, kw] = filter.shape;
  const out: [number, number] = [options.outSize[0], options.outSize[1]];
  check(x.shape[3] === filter.shape[3], 'conv-channels');
  throwProblem(out, [kh, kw], o.stride, o.padding);
  const expected = [convAxis(out[0], kh, o.stride, o.padding).outSize, convAxis(out[1], kw, o.stride, o.padding).outSize];
  check(x.shape[1] === expected[0] && x.shape[2] === expected[1], 'conv-transpose-size');
  const key = `t:${kh}:${kw}:${o.stride}:${o.padding}:${o.activation}:${o.alpha}:${o.inputGradient}:${bias !== null}:${out[0]}:${out[1]}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = buildTranspose(o, [kh, kw], out, bias !== null);
    cache.set(key, fn);
  }
  return bias ? fn(x, filter, bias) : fn(x, filter);
}

type Resolved = Required<Omit<ConvOptions, 'alpha'>> & { alpha: number };

function resolve(o: ConvOptions): Resolved {
  return { stride: o.stride ?? 1, padding: o.padding ?? 'same', activation: o.activation ?? 'linear', alpha: o.alpha ?? 0.2, inputGradient: o.inputGradient ?? true };
}

function check(ok: boolean, code: string): void {
  if (!ok) throw new Error(code);
}

function throwProblem(size: [number, number], kernel: [number, number], stride: number, padding: ConvPadding): void {
  const problem = convProblem(size, kernel, stride, padding);
  if (problem) throw new Error(problem.code);
}

/**
 * Bias and activation fused into the conv kernel. A LeakyReLU is left out
 * ('linear') and applied by {@link finish}: the wasm LeakyRelu kernel (alone
 * or fused) takes ~6.6 ns per value, z·step(z, α) ~2 ns, and the step is
 * the gradient's slope.
 */
function epilogue(o: Resolved, bias: tf.Tensor1D | null): FusedEpilogue {
  return { bias, activation: o.activation === 'leakyRelu' ? 'linear' : o.activation };
}

/**
 * The op's value from the fused kernel's output z, and what the gradient
 * needs: the LeakyReLU's slope per value (1 or α), else the value itself.
 */
function finish(z: tf.Tensor4D, o: Resolved): { value: tf.Tensor4D; keep: tf.Tensor4D } {
  if (o.activation !== 'leakyRelu') return { value: z, keep: z };
  const slope = tf.step(z, o.alpha) as tf.Tensor4D;
  return { value: tf.mul(z, slope), keep: slope };
}

function buildConv(o: Resolved, kernel: [number, number], withBias: boolean): Fn {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor4D;
    const f = args[1] as tf.Tensor4D;
    const b = withBias ? (args[2] as tf.Tensor1D) : null;
    const save = args[withBias ? 3 : 2] as tf.GradSaveFunc;
    const { value, keep } = finish(fusedConv2d(x, f, o.stride, o.padding, epilogue(o, b)), o);
    save([x, f, keep]);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [xs, fs, kept] = saved as tf.Tensor4D[];
      const dz = activationGrad(dy as tf.Tensor4D, kept, o);
      const dx = o.inputGradient ? convBackpropInput(dz, fs, [xs.shape[1], xs.shape[2]], o.stride, o.padding) : tf.zerosLike(xs);
      const df = convBackpropFilter(xs, dz, kernel, o.stride, o.padding);
      return withBias ? [dx, df, biasGrad(dz)] : [dx, df];
    };
    return { value, gradFunc };
  }) as unknown as Fn;
}

function buildTranspose(o: Resolved, kernel: [number, number], outSize: [number, number], withBias: boolean): Fn {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor4D;
    const f = args[1] as tf.Tensor4D;
    const b = withBias ? (args[2] as tf.Tensor1D) : null;
    const save = args[withBias ? 3 : 2] as tf.GradSaveFunc;
    const { value, keep } = finish(convBackpropInput(x, f, outSize, o.stride, o.padding, epilogue(o, b)), o);
    save([x, f, keep]);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [xs, fs, kept] = saved as tf.Tensor4D[];
      const dz = activationGrad(dy as tf.Tensor4D, kept, o);
      const dx = o.inputGradient ? tf.conv2d(dz, fs, o.stride, o.padding) : tf.zerosLike(xs);
      const df = convBackpropFilter(dz, xs, kernel, o.stride, o.padding);
      return withBias ? [dx, df, biasGrad(dz)] : [dx, df];
    };
    return { value, gradFunc };
  }) as unknown as Fn;
}

/**
 * dL/dbias: dz summed over batch and pixels, [C], as one matmul with a row of
 * ones. The wasm Sum kernel transposes [N, C] to [C, N] before it sums
 * (1.06 ms against 0.18 ms for [32, 32, 32, 16] in Node); with one channel
 * there is nothing to transpose and Sum is the faster.
 */
function biasGrad(dz: tf.Tensor4D): tf.Tensor1D {
  const c = dz.shape[3];
  if (c === 1) return tf.sum(dz, [0, 1, 2]);
  const n = dz.size / c;
  return tf.reshape(tf.matMul(tf.ones([1, n]), tf.reshape(dz, [n, c])), [c]);
}

/** dL/d(pre-activation) from dL/dy and what {@link finish} kept (the output, or the LeakyReLU's slope). */
function activationGrad(dy: tf.Tensor4D, kept: tf.Tensor4D, o: Resolved): tf.Tensor4D {
  switch (o.activation) {
    case 'linear':
      return dy;
    case 'relu':
      return tf.mul(dy, tf.step(kept));
    case 'leakyRelu':
      return tf.mul(dy, kept);
    case 'sigmoid':
      return tf.mul(dy, tf.mul(kept, tf.sub(1, kept)));
  }
}
