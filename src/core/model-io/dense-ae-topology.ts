import { layerTable, type DenseAeConfig } from '../model/dense-ae-architecture';
import type { WeightSpec } from './model-files';

/** The architecture string of a dense autoencoder: its layer widths and activations. */
export function denseAeArchitecture(config: DenseAeConfig): string {
  const widths = layerTable(config).map((r) => r.inputs);
  return `dense-ae ${[...widths, config.inputSize].join('-')} ${config.hiddenActivation}/${config.latentActivation}/${config.outputActivation}`;
}

/** Names and shapes of a dense autoencoder's weights, in `getWeights()` order: `layer_k/kernel` [in, out], `layer_k/bias` [out]. */
export function denseAeWeightSpecs(config: DenseAeConfig): WeightSpec[] {
  return layerTable(config).flatMap((r, i) => [
    { name: `layer_${i + 1}/kernel`, shape: [r.inputs, r.outputs] },
    { name: `layer_${i + 1}/bias`, shape: [r.outputs] },
  ]);
}

/**
 * The dense autoencoder as a Keras `Sequential` of `Dense` layers, the
 * topology `tf.loadLayersModel` (and Keras through the tensorflowjs converter)
 * rebuilds: the same layers, weights and activations as the app's model.
 */
export function denseAeTopology(config: DenseAeConfig): object {
  const rows = layerTable(config);
  return {
    class_name: 'Sequential',
    config: {
      name: 'dense_autoencoder',
      layers: rows.map((r, i) => ({
        class_name: 'Dense',
        config: {
          name: `layer_${i + 1}`,
          units: r.outputs,
          activation: r.activation,
          use_bias: true,
          trainable: true,
          dtype: 'float32',
          ...(i === 0 ? { batch_input_shape: [null, r.inputs] } : {}),
        },
      })),
    },
    keras_version: 'tfjs-layers 4.22.0',
    backend: 'tensor_flow.js',
  };
}
