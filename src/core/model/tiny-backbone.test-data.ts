import * as tf from '@tensorflow/tfjs';
import type { PretrainedFiles } from './pretrained-backbone';

/**
 * A small Keras-style backbone as a learner would open it (conv 3×3/2, batch
 * norm, ReLU6, depthwise 3×3, 1×1 conv to 12 channels; free input size, 3
 * channels), seeded, as plain files. `sequence` ends it with a reshape to
 * [B, N, 12], an output no backbone may have. For tests (unit and e2e).
 */
export async function tinyBackboneFiles(output: 'map' | 'sequence' = 'map'): Promise<PretrainedFiles> {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [null, null, 3] as unknown as number[], filters: 8, kernelSize: 3, strides: 2, padding: 'same', useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
  model.add(tf.layers.batchNormalization());
  model.add(tf.layers.reLU({ maxValue: 6 }));
  model.add(tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', depthwiseInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  model.add(tf.layers.conv2d({ filters: 12, kernelSize: 1, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }));
  if (output === 'sequence') model.add(tf.layers.reshape({ targetShape: [-1, 12] }));
  let files: PretrainedFiles | null = null;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      files = { topology: a.modelTopology as object, specs: a.weightSpecs!.map((s) => ({ name: s.name, shape: s.shape })), weights: a.weightData as ArrayBuffer };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  model.dispose();
  return files!;
}

/** The files as a learner picks them: `model.json` (naming `weights.bin`) and the weights. */
export async function tinyBackbonePicked(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const f = await tinyBackboneFiles();
  const json = { format: 'layers-model', modelTopology: f.topology, weightsManifest: [{ paths: ['weights.bin'], weights: f.specs.map((w) => ({ ...w, dtype: 'float32' })) }] };
  return [
    { name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(json)) },
    { name: 'weights.bin', bytes: new Uint8Array(f.weights) },
  ];
}
