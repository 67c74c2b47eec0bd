import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageSplit } from '../data/class-split';
import type { DenseAeConfig } from '../model/dense-ae-architecture';
import { denseAeTopology, denseAeWeightSpecs } from '../model-io/dense-ae-topology';
import { readModelFiles, writeModelFiles } from '../model-io/model-files';
import { problemOf } from '../problem';
import { rocAuc } from '../metrics/roc';
import { denseAeJob, type DenseAeJobInput } from './dense-ae-job';
import { denseAeScoreJob } from './dense-ae-score-job';
import { jobResult, mnistOnesVsNines, useWasmBackend } from './test-jobs';

const CONFIG: DenseAeConfig = { inputSize: 784, hidden: [32], latent: 8, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' };
let split: ImageSplit;

useWasmBackend();
beforeAll(async () => {
  split = await mnistOnesVsNines({ seed: 3, maxTrain: 600, maxTestPerClass: 200 });
});

function input(seed: number): DenseAeJobInput {
  return {
    split: { dim: 784, trainX: split.trainX.slice(), valX: split.valX.slice(), testX: split.testX.slice() },
    model: CONFIG,
    train: { epochs: 2, batchSize: 64, learningRate: 0.001, patience: 0, seed },
    initSeed: seed,
  };
}

describe('dense-AE runs: reproducible, and reopened from their weights', () => {
  it('gives the same AUC to 1e-6 for the same settings, seed and backend, and another for another seed', async () => {
    const a = await jobResult(denseAeJob(input(5), new AbortController().signal));
    const b = await jobResult(denseAeJob(input(5), new AbortController().signal));
    const c = await jobResult(denseAeJob(input(6), new AbortController().signal));
    const auc = (r: typeof a) => rocAuc(r.test.l1, split.testLabels);
    expect(Math.abs(auc(a) - auc(b))).toBeLessThan(1e-6);
    expect(a.trainLoss).toEqual(b.trainLoss);
    expect(auc(a)).not.toBe(auc(c));
  });

  it('scores exactly as training did from the returned weights, through model files, with no tensor left after 10 opens', async () => {
    const trained = await jobResult(denseAeJob(input(2), new AbortController().signal));
    expect(trained.weights.map((w) => w.length)).toEqual([784 * 32, 32, 32 * 8, 8, 8 * 32, 32, 32 * 784, 784]);
    const saved = writeModelFiles({
      manifest: { app: 'anomaly-lab', version: 1, lesson: 'dense-ae', architecture: 'x', settings: {}, seed: 2, trainedAt: null },
      topology: denseAeTopology(CONFIG),
      specs: denseAeWeightSpecs(CONFIG),
      weights: trained.weights,
      baseName: 'm',
    });
    const before = tf.memory().numTensors;
    for (let cycle = 0; cycle < 10; cycle++) {
      const opened = readModelFiles(saved.json, [{ name: saved.binName, data: saved.bin }]);
      const r = await jobResult(denseAeScoreJob({ split: { dim: 784, valX: split.valX, testX: split.testX }, model: CONFIG, weights: opened.weights }));
      if (cycle === 0) {
        expect(Array.from(r.test.l1)).toEqual(Array.from(trained.test.l1));
        expect(Array.from(r.val.max)).toEqual(Array.from(trained.val.max));
        expect(r.reconstructions.subarray(0, 784)).toEqual(trained.reconstructions.subarray(0, 784));
      }
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses weights of another shape with weights-mismatch, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    const wrong = [new Float32Array(784 * 16)];
    await expect(jobResult(denseAeScoreJob({ split: { dim: 784, valX: new Float32Array(0), testX: split.testX }, model: CONFIG, weights: wrong }))).rejects.toSatisfy(
      (e) => problemOf(e)?.code === 'weights-mismatch',
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
