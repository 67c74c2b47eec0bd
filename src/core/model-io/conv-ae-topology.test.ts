import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createConvAutoencoder, type ConvAeConfig } from '../model/conv-ae';
import { writeModelFiles } from './model-files';
import { convAeArchitecture, convAeTopology, convAeWeightSpecs } from './conv-ae-topology';

const CONFIG: Omit<ConvAeConfig, 'loss'> = { inputSize: 16, latent: 3, width: 0.125, ssim: { winSize: 7 } };
const MANIFEST = { app: 'anomaly-lab' as const, version: 1 as const, lesson: 'ssim-ae', architecture: 'x', settings: {}, seed: 1, trainedAt: null };

describe('conv AE model files', () => {
  it('names every weight with the shape getWeights() gives, per model', async () => {
    const model = createConvAutoencoder({ ...CONFIG, loss: 'ssim' }, 2);
    const w = await model.getWeights();
    const specs = convAeWeightSpecs(CONFIG, ['ssim', 'l2']);
    expect(specs).toHaveLength(2 * w.length);
    expect(specs[0]).toEqual({ name: 'ssim/layer_1/kernel', shape: [4, 4, 1, 4] });
    expect(specs[w.length + 1].name).toBe('l2/layer_1/bias');
    specs.forEach((s, i) => expect(s.shape.reduce((a, b) => a * b, 1)).toBe(w[i % w.length].length));
    expect(convAeWeightSpecs(CONFIG, ['l2'])[0].name).toBe('layer_1/kernel');
    expect(convAeArchitecture(CONFIG, ['ssim', 'l2'])).toBe('ssim-ae conv 16px latent 3 width 0.125 window 7 models ssim+l2');
    model.dispose();
  });

  it('one model is a Sequential tf.loadLayersModel rebuilds, reconstructing what the app’s model does', async () => {
    const ours = createConvAutoencoder({ ...CONFIG, loss: 'l2' }, 4);
    const weights = await ours.getWeights();
    const { json, bin } = writeModelFiles({ manifest: MANIFEST, topology: convAeTopology(CONFIG, ['l2']), specs: convAeWeightSpecs(CONFIG, ['l2']), weights, baseName: 'ssim-ae' });
    const parsed = JSON.parse(json);
    const keras = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: parsed.modelTopology, weightSpecs: parsed.weightsManifest[0].weights, weightData: bin }));
    const x = tf.randomUniform([3, 256], 0, 1, 'float32', 1) as tf.Tensor2D;
    const a = keras.predict(x) as tf.Tensor;
    const b = ours.reconstruct(x);
    expect(a.shape).toEqual([3, 256]);
    const diff = (await tf.max(tf.abs(tf.sub(a, b))).data())[0];
    expect(diff).toBeLessThan(1e-5);
    const spread = tf.tidy(() => tf.moments(b).variance);
    expect((await spread.data())[0]).toBeGreaterThan(0);
    tf.dispose([x, a, b, spread]);
    keras.dispose();
    ours.dispose();
  });
});
