import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../model/dense-ae-architecture';
import { denseAeJob } from './dense-ae-job';
import { headlineMetrics } from './headline-metrics';
import { drainJob, mnistOnesVsNines, useWasmBackend } from './test-jobs';

useWasmBackend();

describe('denseAeJob on real MNIST (1 vs 9, small subset)', () => {
  it('really learns: AUC > 0.9 and best F1 > 0.85 after 3 short epochs, leaving no tensors', async () => {
    const split = await mnistOnesVsNines({ seed: 0, maxTrain: 1000, maxTestPerClass: 300 });
    const before = tf.memory().numTensors;
    const { events, result } = await drainJob(
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
