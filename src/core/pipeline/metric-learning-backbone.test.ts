import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPretrained, pretrainedBackbone } from '../model/pretrained-backbone';
import { tinyBackboneFiles as backboneFiles } from '../model/tiny-backbone.test-data';
import { metricLearningJob } from './metric-learning-job';
import { metricJobInput } from './metric-learning-job.test-data';
import type { MetricLearningJobInput, MetricLearningJobResult } from './metric-learning-types';

/* A small Keras-style backbone (conv, batch norm, ReLU6, depthwise conv, free input size) as a learner would open it, on wasm. */

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

async function run(inp: MetricLearningJobInput): Promise<MetricLearningJobResult> {
  const gen = metricLearningJob(inp, new AbortController().signal);
  let step = await gen.next();
  while (!step.done) step = await gen.next();
  return step.value;
}

describe('metricLearningJob with a pretrained backbone', () => {
  for (const mode of ['frozen', 'fine-tune'] as const) {
    it(`${mode}: feeds it 32×32×3 (free input, images of 16), pools 12 features, trains, and leaves no tensors`, async () => {
      const files = await backboneFiles();
      const before = tf.memory().numTensors;
      const result = await run({ ...metricJobInput(2, 3), backbone: { name: 'tiny.json', mode, files } });
      expect(tf.memory().numTensors).toBe(before);
      expect(result.backbone).toEqual({ name: 'tiny.json', mode, input: [32, 32, 3], channels: 12 });
      for (const m of result.models) {
        expect(m.loss).toHaveLength(3);
        expect(m.loss[2]).toBeLessThan(m.loss[0]);
        expect(m.embeddingSpread).toBeGreaterThan(0);
      }
      expect(result.ensemble.lof.scores).toHaveLength(24);
      expect(result.rawKnn.auc).toBeGreaterThan(0.9);
    }, 60_000);
  }

  it('trains the backbone’s own weights only when fine-tuned (a step moves the first conv kernel)', async () => {
    const files = await backboneFiles();
    for (const mode of ['frozen', 'fine-tune'] as const) {
      const backbone = pretrainedBackbone(await loadPretrained(files), 16, mode);
      const vars = backbone.trainableVariables();
      expect(vars).toHaveLength(mode === 'frozen' ? 0 : 7);
      if (mode === 'fine-tune') {
        const kernel = await vars[0].data();
        const x = tf.randomUniform([4, 256], 0, 1, 'float32', 5) as tf.Tensor2D;
        const opt = tf.train.sgd(0.5);
        opt.minimize(() => tf.sum(tf.square(backbone.features(x, true))) as tf.Scalar, false, vars);
        const moved = await vars[0].data();
        expect(moved.some((v, i) => Math.abs(v - kernel[i]) > 1e-6)).toBe(true);
        tf.dispose([x]);
        opt.dispose();
      }
      expect(backbone.allVariables()).toHaveLength(9);
      backbone.dispose();
    }
  });

  it('refuses a model tfjs cannot build, and one whose output is not features, with codes, leaving no tensors', async () => {
    const files = await backboneFiles();
    const before = tf.memory().numTensors;
    const broken = { ...files, topology: JSON.parse(JSON.stringify(files.topology).replace('"DepthwiseConv2D"', '"NoSuchLayer"')) as object };
    await expect(run({ ...metricJobInput(1, 1), backbone: { name: 'x.json', mode: 'frozen', files: broken } })).rejects.toThrow('backbone-load');
    const short = { ...files, weights: files.weights.slice(0, 100) };
    await expect(run({ ...metricJobInput(1, 1), backbone: { name: 'x.json', mode: 'frozen', files: short } })).rejects.toThrow('backbone-load');
    const sequence = await backboneFiles('sequence');
    await expect(run({ ...metricJobInput(1, 1), backbone: { name: 'x.json', mode: 'frozen', files: sequence } })).rejects.toThrow('backbone-output');
    expect(tf.memory().numTensors).toBe(before);
  });
});
