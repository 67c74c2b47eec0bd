import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDenseAutoencoder, type DenseAeConfig } from '../model/dense-autoencoder';
import { problemOf } from '../problem';
import { denseAeArchitecture, denseAeTopology, denseAeWeightSpecs } from './dense-ae-topology';
import { readModelFiles, writeModelFiles, type ModelManifest } from './model-files';

const CONFIG: DenseAeConfig = { inputSize: 12, hidden: [6], latent: 3, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' };
const MANIFEST: ModelManifest = { app: 'anomaly-lab', version: 1, lesson: 'dense-ae', architecture: denseAeArchitecture(CONFIG), settings: { latent: '3' }, seed: 4, trainedAt: 123 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function files(weights?: Float32Array[]) {
  const model = createDenseAutoencoder(CONFIG, 4);
  const w = weights ?? (await model.getWeights());
  model.dispose();
  return { w, ...writeModelFiles({ manifest: MANIFEST, topology: denseAeTopology(CONFIG), specs: denseAeWeightSpecs(CONFIG), weights: w, baseName: 'dense-ae' }) };
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return problemOf(e)?.code;
  }
  return undefined;
}

describe('model files (TF.js format)', () => {
  it('names the architecture from the layer widths and activations', () => {
    expect(MANIFEST.architecture).toBe('dense-ae 12-6-3-6-12 relu/relu/sigmoid');
  });

  it('round-trips the manifest, the specs and every weight exactly', async () => {
    const { w, json, bin, binName } = await files();
    expect(binName).toBe('dense-ae.weights.bin');
    expect(bin.byteLength).toBe((12 * 6 + 6 + 6 * 3 + 3 + 3 * 6 + 6 + 6 * 12 + 12) * 4);
    const read = readModelFiles(json, [{ name: binName, data: bin }]);
    expect(read.manifest).toEqual(MANIFEST);
    expect(read.specs.map((s) => s.shape)).toEqual([[12, 6], [6], [6, 3], [3], [3, 6], [6], [6, 12], [12]]);
    expect(read.weights.map((x) => Array.from(x))).toEqual(w.map((x) => Array.from(x)));
  });

  it('is a model tf.loadLayersModel rebuilds, predicting what the app’s model predicts', async () => {
    const { json, bin } = await files();
    const parsed = JSON.parse(json);
    const layers = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: parsed.modelTopology, weightSpecs: parsed.weightsManifest[0].weights, weightData: bin }),
    );
    const ours = createDenseAutoencoder(CONFIG, 4);
    const x = tf.randomUniform([5, 12], 0, 1, 'float32', 1);
    const a = layers.predict(x) as tf.Tensor;
    const b = ours.reconstruct(x as tf.Tensor2D);
    const diff = (await tf.max(tf.abs(tf.sub(a, b))).data())[0];
    expect(diff).toBeLessThan(1e-6);
    tf.dispose([x, a, b]);
    layers.dispose();
    ours.dispose();
  });

  it('refuses what is not a model, a foreign model, missing weights and a wrong byte count, each with its code', async () => {
    const { json, bin, binName } = await files();
    expect(codeOf(() => readModelFiles('{not json', [{ name: binName, data: bin }]))).toBe('model-unreadable');
    expect(codeOf(() => readModelFiles('{"hello":1}', []))).toBe('model-unreadable');
    const foreign = JSON.parse(json);
    delete foreign.userDefinedMetadata;
    expect(codeOf(() => readModelFiles(JSON.stringify(foreign), [{ name: binName, data: bin }]))).toBe('model-foreign');
    expect(codeOf(() => readModelFiles(json, [{ name: 'a.bin', data: bin }, { name: 'b.bin', data: bin }]))).toBe('model-weights-missing');
    expect(codeOf(() => readModelFiles(json, [{ name: binName, data: bin.slice(4) }]))).toBe('model-weights-size');
  });
});
