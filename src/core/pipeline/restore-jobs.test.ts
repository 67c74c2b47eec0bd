import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { generateSeries } from '../timeseries/generate-series';
import { SEED002_SERIES } from '../timeseries/series-spec';
import { patchVaeJob, type PatchVaeJobInput } from './patch-vae-job';
import { patchVaeRestoreJob } from './patch-vae-restore-job';
import { timeseriesAeJob, type TimeseriesAeJobInput } from './timeseries-ae-job';
import { timeseriesAeScoreJob } from './timeseries-ae-score-job';
import { jobResult, useWasmBackend } from './test-jobs';

useWasmBackend();

/** side×side images: a flat grey level each, some with a bar. */
function images(n: number, side: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * side * side);
  for (let i = 0; i < n; i++) {
    out.fill(0.2 + 0.6 * rng.next(), i * side * side, (i + 1) * side * side);
    if (i % 3 === 0) for (let t = 0; t < side; t++) out[i * side * side + t * side + 5] = 1;
  }
  return out;
}

describe('score jobs reopen a trained model exactly', () => {
  it('time series: the same MSE, reconstructions and scaler from the weights, no tensor left', async () => {
    const set = generateSeries({ ...SEED002_SERIES, length: 20, normal: { ...SEED002_SERIES.normal, count: 300 }, lowNoise: { ...SEED002_SERIES.lowNoise, count: 10 }, cos: { ...SEED002_SERIES.cos, count: 10 } }, 1);
    const input: TimeseriesAeJobInput = {
      L: 20,
      x: set.x,
      poolRows: null,
      valFraction: 0.25,
      model: { hidden: [8], latent: 4, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'linear', loss: 'mse' },
      train: { epochs: 2, batchSize: 32, learningRate: 0.001, patience: 0, restoreBest: false, seed: 2 },
      initSeed: 2,
    };
    const trained = await jobResult(timeseriesAeJob(input, new AbortController().signal));
    const before = tf.memory().numTensors;
    const r = await jobResult(timeseriesAeScoreJob({ ...input, weights: trained.weights }));
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(r.mse)).toEqual(Array.from(trained.mse));
    expect(Array.from(r.reconstructions.subarray(0, 40))).toEqual(Array.from(trained.reconstructions.subarray(0, 40)));
    expect([r.nTrain, r.nVal]).toEqual([trained.nTrain, trained.nVal]);
    expect(Array.from(r.scaler.std)).toEqual(Array.from(trained.scaler.std));
  });

  it('patch VAE: the same window scores, held-out scores, details and latent picture, no tensor left', async () => {
    const input: PatchVaeJobInput = {
      side: 16,
      trainX: images(60, 16, 1),
      testX: images(12, 16, 2),
      heldOutX: images(6, 16, 3),
      patches: { count: 600, seed: 4, stride: 4 },
      model: { patchSize: 8, latent: 2, channels: 4, variance: 'floor', varianceFloor: 0.01, beta: 0.01 },
      train: { epochs: 1, batchSize: 50, learningRate: 0.001, patience: 0, seed: 0 },
      initSeed: 0,
      detailIndices: [0, 7],
      latentSamples: 100,
      latentGrid: 3,
    };
    const trained = await jobResult(patchVaeJob(input, new AbortController().signal));
    const before = tf.memory().numTensors;
    const { train: _t, initSeed: _s, ...rest } = input;
    const r = await jobResult(patchVaeRestoreJob({ ...rest, weights: trained.weights }));
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(r.test.oldMap)).toEqual(Array.from(trained.test.oldMap));
    expect(Array.from(r.test.news[3].image)).toEqual(Array.from(trained.test.news[3].image));
    expect(Array.from(r.heldOut!.old)).toEqual(Array.from(trained.heldOut!.old));
    expect(Array.from(r.details[1].sigma2)).toEqual(Array.from(trained.details[1].sigma2));
    expect(Array.from(r.latent!.z)).toEqual(Array.from(trained.latent!.z));
    expect(Array.from(r.latent!.mu)).toEqual(Array.from(trained.latent!.mu));
    expect(r.windows).toBe(trained.windows);
  });
});
