import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClass } from '../../../build/datasets';
import { buildImageSplit } from '../data/class-split';
import { SEED000_CONFIG } from '../model/dense-ae-architecture';
import { denseAeJob, type DenseAeJobResult } from './dense-ae-job';
import type { JobEvent } from './job-events';
import { headlineMetrics } from './headline-metrics';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

async function drain(gen: AsyncGenerator<JobEvent, DenseAeJobResult>): Promise<{ events: JobEvent[]; result: DenseAeJobResult }> {
  const events: JobEvent[] = [];
  let step = await gen.next();
  while (!step.done) {
    events.push(step.value);
    step = await gen.next();
  }
  return { events, result: step.value };
}

describe('denseAeJob on real MNIST (1 vs 9, small subset)', () => {
  it('really learns: AUC > 0.9 and best F1 > 0.85 after 3 short epochs, leaving no tensors', async () => {
    const train = new Map([[1, await loadClass('mnist', 'train', 1)]]);
    const test = new Map([
      [1, await loadClass('mnist', 'test', 1)],
      [9, await loadClass('mnist', 'test', 9)],
    ]);
    const split = buildImageSplit(train, test, { normal: [1], anomaly: [9] }, { seed: 0, maxTrain: 1000, maxTestPerClass: 300 });
    const before = tf.memory().numTensors;
    const { events, result } = await drain(
      denseAeJob(
        { split, model: SEED000_CONFIG, train: { epochs: 3, batchSize: 128, learningRate: 0.001, patience: 0, seed: 0 }, initSeed: 0 },
        new AbortController().signal,
      ),
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(3);
    expect(result.test.l1).toHaveLength(600);
    expect(result.val.l1).toHaveLength(split.counts.val);
    expect(result.reconstructions).toHaveLength(600 * 784);
    const summary = headlineMetrics(result.test.l1, split.testLabels);
    expect(summary.auc).toBeGreaterThan(0.9);
    expect(summary.bestF1.f1).toBeGreaterThan(0.85);
    expect(result.valLoss[2]).toBeLessThan(result.valLoss[0]);
  });
});
