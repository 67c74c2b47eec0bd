/**
 * Gradient kernels the wasm backend lacks, registered for it, so that a
 * tf.LayersModel the learner brings (a pretrained backbone, with tfjs' own
 * Conv2D and DepthwiseConv2D layers) can be fine-tuned on wasm. For the
 * usual attributes ('same' or 'valid' padding, one stride for both axes, no
 * dilation, NHWC) a kernel runs this folder's tested tfjs-op gradients
 * (`convBackpropFilter`, `depthwiseFilterGrad`, `depthwiseInputGrad`, the
 * ones behind `conv2dOp` and `depthwiseConv2dOp`); for any other it borrows
 * the cpu backend's kernel (plain JavaScript loops, slow): the inputs are
 * copied to the cpu backend, and the result back.
 */
import * as tf from '@tensorflow/tfjs';
import { convBackpropFilter } from './conv-kernels';
import type { ConvPadding } from './conv-geometry';
import { depthwiseFilterGrad, depthwiseInputGrad } from './depthwise-conv2d-op';

/** The kernels tfjs' Conv2D and DepthwiseConv2D gradients call that wasm (tfjs 4.22) does not have. */
export const WASM_MISSING_GRADIENT_KERNELS = ['Conv2DBackpropFilter', 'DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput'] as const;

type Info = tf.TensorInfo;
type Attrs = Record<string, unknown>;
/** For these attributes and inputs, a gradient in tfjs ops of this folder, or null when they are not the usual ones. */
type OpsGradient = (attrs: Attrs, inputs: Record<string, Info>) => ((tensors: Record<string, tf.Tensor4D>) => tf.Tensor4D) | null;

/** The stride and padding when the attributes are the usual ones, else null. */
function usual(attrs: Attrs): { stride: number; padding: ConvPadding } | null {
  const pair = (v: unknown) => (typeof v === 'number' ? [v, v] : Array.isArray(v) ? v : [1, 1]);
  const [sh, sw] = pair(attrs.strides);
  const [dh, dw] = pair(attrs.dilations);
  const ok = (attrs.pad === 'same' || attrs.pad === 'valid') && sh === sw && dh === 1 && dw === 1 && (attrs.dataFormat ?? 'NHWC') === 'NHWC' && attrs.dimRoundingMode == null;
  return ok ? { stride: sh as number, padding: attrs.pad as ConvPadding } : null;
}

const OPS_GRADIENTS: Record<string, OpsGradient> = {
  Conv2DBackpropFilter: (attrs) => {
    const u = usual(attrs);
    const shape = attrs.filterShape as number[];
    return u ? ({ x, dy }) => convBackpropFilter(x, dy, [shape[0], shape[1]], u.stride, u.padding) : null;
  },
  DepthwiseConv2dNativeBackpropFilter: (attrs) => {
    const u = usual(attrs);
    const shape = attrs.filterShape as number[];
    return u && shape[3] === 1 ? ({ x, dy }) => depthwiseFilterGrad(x, dy, [shape[0], shape[1]], u.stride, u.padding) : null;
  },
  DepthwiseConv2dNativeBackpropInput: (attrs, inputs) => {
    const u = usual(attrs);
    const shape = attrs.inputShape as number[];
    return u && inputs.filter.shape[3] === 1 ? ({ dy, filter }) => depthwiseInputGrad(dy, filter, [shape[1], shape[2]], u.stride, u.padding) : null;
  },
};

/** Runs the tfjs-op gradient on `backend` itself; null when it does not apply. */
function viaOps(name: string, inputs: Record<string, Info>, attrs: Attrs, backend: tf.KernelBackend): Info | null {
  const gradient = OPS_GRADIENTS[name]?.(attrs, inputs);
  if (!gradient) return null;
  const engine = tf.engine();
  // A tensor made from an input's info shares its data: take a reference, so disposing the tensor leaves the input whole.
  const tensors = Object.fromEntries(
    Object.entries(inputs).map(([k, info]) => {
      backend.incRef(info.dataId);
      return [k, engine.makeTensorFromTensorInfo(info, backend) as tf.Tensor4D];
    }),
  );
  try {
    const out = gradient(tensors);
    const values = backend.readSync(out.dataId);
    const result = { dataId: backend.write(values, out.shape, out.dtype), shape: out.shape, dtype: out.dtype };
    out.dispose();
    return result;
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** Runs the cpu backend's kernel on copies of the inputs and copies its result to `backend`. */
function viaCpu(kernel: tf.KernelConfig, inputs: Record<string, Info>, attrs: Attrs, backend: tf.KernelBackend): Info {
  const cpu = tf.engine().findBackend('cpu');
  if (!cpu) throw new Error('cpu-backend-missing');
  const moved: Record<string, Info> = {};
  for (const [key, info] of Object.entries(inputs)) moved[key] = { dataId: cpu.write(backend.readSync(info.dataId), info.shape, info.dtype), shape: info.shape, dtype: info.dtype };
  try {
    const out = kernel.kernelFunc({ inputs: moved, backend: cpu, attrs: attrs as tf.NamedAttrMap }) as Info;
    const values = cpu.readSync(out.dataId);
    cpu.disposeData(out.dataId);
    return { dataId: backend.write(values, out.shape, out.dtype), shape: out.shape, dtype: out.dtype };
  } finally {
    for (const info of Object.values(moved)) cpu.disposeData(info.dataId);
  }
}

/**
 * Registers, for `backendName`, each of `kernels` that it lacks and the cpu
 * backend has. Idempotent. @returns the kernels it registered now
 */
export function addMissingGradientKernels(backendName = 'wasm', kernels: readonly string[] = WASM_MISSING_GRADIENT_KERNELS): string[] {
  const added: string[] = [];
  for (const name of kernels) {
    const cpuKernel = tf.getKernel(name, 'cpu');
    if (!cpuKernel || tf.getKernel(name, backendName)) continue;
    tf.registerKernel({
      kernelName: name,
      backendName,
      kernelFunc: ({ inputs, backend, attrs }) => {
        const own = backend as tf.KernelBackend;
        const present = Object.fromEntries(Object.entries(inputs).filter((e): e is [string, Info] => e[1] !== undefined));
        return viaOps(name, present, attrs as Attrs, own) ?? viaCpu(cpuKernel, present, attrs as Attrs, own);
      },
    });
    added.push(name);
  }
  return added;
}
