/**
 * A pretrained backbone the learner opens (issue 13): a tf.LayersModel, such
 * as a Keras MobileNet converted with tensorflowjs_converter, used in place
 * of the lesson's MobileNetV2 trained from scratch. The lesson's grayscale
 * images are resized to the model's input, repeated over its channels and
 * scaled to [−1, 1] (Keras' MobileNet `preprocess_input`); a feature map is
 * globally average-pooled. Batch norms run in inference mode, frozen or
 * fine-tuned alike (the Keras transfer-learning advice): their statistics
 * are the pretrained ones, so the job does not re-estimate them.
 */
import * as tf from '@tensorflow/tfjs';
import { addMissingGradientKernels } from './wasm-gradient-kernels';
import { NO_BATCH_NORMS, type FeatureBackbone } from './feature-backbone';

/** A layers model as plain data (the page reads it, the worker builds it). */
export interface PretrainedFiles {
  /** `modelTopology` of the model.json. */
  topology: object;
  /** The weights manifest's entries, in order. */
  specs: { name: string; shape: number[] }[];
  /** Every weight, float32, concatenated in `specs` order. */
  weights: ArrayBuffer;
}

/** 'frozen': the backbone's weights stay, only the head trains; 'fine-tune': both train. */
export type PretrainedMode = 'frozen' | 'fine-tune';

/** Smallest side a backbone with free input dimensions is fed (Keras' MobileNets need ≥ 32). */
export const MIN_FREE_SIDE = 32;

/**
 * Builds the model from `files`. The caller owns it.
 * @throws an Error with message 'backbone-load' when tfjs cannot build it (an unknown layer, weights that do not fit)
 */
export async function loadPretrained(files: PretrainedFiles): Promise<tf.LayersModel> {
  // tfjs builds the layers before it reads the weights: a wrong size would leave their variables behind.
  const values = files.specs.reduce((s, w) => s + w.shape.reduce((a, d) => a * d, 1), 0);
  if (values * 4 !== files.weights.byteLength) throw new Error('backbone-load');
  const variables = () => tf.engine().state.registeredVariables;
  const before = new Set(Object.keys(variables()));
  try {
    const specs = files.specs.map((s) => ({ ...s, dtype: 'float32' as const }));
    return await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: files.topology, weightSpecs: specs, weightData: files.weights }));
  } catch {
    // A topology that fails halfway (an unknown layer) leaves the layers built so far: free their variables.
    for (const [name, v] of Object.entries(variables())) if (!before.has(name)) v.dispose();
    throw new Error('backbone-load');
  }
}

/** The [height, width, channels] the model is fed for images of `side` pixels: its own, or `max(side, 32)` where free. */
export function pretrainedInput(model: tf.LayersModel, side: number): [number, number, number] {
  const shape = model.inputs[0].shape;
  const free = Math.max(side, MIN_FREE_SIDE);
  const dim = (d: number | null | undefined) => (typeof d === 'number' && d > 0 ? d : free);
  return [dim(shape[1]), dim(shape[2]), dim(shape[3])];
}

/**
 * The model as a backbone of rows of `side`² pixels in [0, 1]. `fine-tune`
 * trains its trainable weights (on wasm, tfjs' conv gradients then run on
 * the kernels of `wasm-gradient-kernels.ts`). Owns `model`.
 * @throws 'backbone-output' when the model's output is neither [B, C] nor [B, H, W, C]
 */
export function pretrainedBackbone(model: tf.LayersModel, side: number, mode: PretrainedMode): FeatureBackbone {
  const out = model.outputs[0].shape;
  if ((out.length !== 2 && out.length !== 4) || !(typeof out[out.length - 1] === 'number')) throw new Error('backbone-output');
  const [h, w, c] = pretrainedInput(model, side);
  if (mode === 'fine-tune' && tf.getBackend() === 'wasm') addMissingGradientKernels();
  const variables = () => model.trainableWeights.map((v) => v.read() as tf.Variable);
  return {
    channels: out[out.length - 1] as number,
    features: (x) =>
      tf.tidy(() => {
        let images = tf.reshape(x, [x.shape[0], side, side, 1]) as tf.Tensor4D;
        if (h !== side || w !== side) images = tf.image.resizeBilinear(images, [h, w]);
        const input = tf.sub(tf.mul(c === 1 ? images : tf.tile(images, [1, 1, 1, c]), 2), 1);
        const y = model.apply(input, { training: false }) as tf.Tensor;
        return (y.rank === 4 ? tf.mean(y, [1, 2]) : y) as tf.Tensor2D;
      }),
    ...NO_BATCH_NORMS,
    trainableVariables: () => (mode === 'fine-tune' ? variables() : []),
    allVariables: () => [...(mode === 'fine-tune' ? variables() : []), ...model.weights.filter((v) => mode !== 'fine-tune' || !v.trainable).map((v) => v.read() as tf.Variable)],
    dispose: () => model.dispose(),
  };
}
