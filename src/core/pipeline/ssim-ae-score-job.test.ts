import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../problem';
import { createRng } from '../random/rng';
import type { JobEvent } from './job-events';
import { ssimAeJob, type SsimAeJobInput } from './ssim-ae-job';
import { ssimAeScoreJob } from './ssim-ae-score-job';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

async function drain<R>(gen: AsyncGenerator<JobEvent, R>): Promise<R> {
  let step = await gen.next();
  while (!step.done) step = await gen.next();
  return step.value;
}

/** n crops of 16×16: noise around a grey level, every third with a bright bar. */
function crops(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * 256);
  for (let i = 0; i < out.length; i++) out[i] = 0.4 + 0.2 * rng.next();
  for (let i = 0; i < n; i += 3) for (let t = 0; t < 16; t++) out[i * 256 + t * 16 + 7] = 1;
  return out;
}

const INPUT: SsimAeJobInput = {
  trainX: crops(24, 1),
  validation: crops(4, 2),
  test: crops(6, 3),
  model: { inputSize: 16, latent: 4, width: 0.25, loss: 'ssim', ssim: { winSize: 7 } },
  mapSsim: { winSize: 7 },
  training: { epochs: 1, batchSize: 8, learningRate: 0.001, patience: 0, seed: 5 },
  initSeed: 5,
};

describe('ssimAeScoreJob', () => {
  it('gives exactly the training job’s maps and reconstructions from its weights, leaving no tensors', async () => {
    const trained = await drain(ssimAeJob(INPUT, new AbortController().signal));
    const before = tf.memory().numTensors;
    const r = await drain(ssimAeScoreJob({ validation: INPUT.validation, test: INPUT.test, model: INPUT.model, mapSsim: INPUT.mapSsim, weights: trained.weights }));
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(r.test.ssim)).toEqual(Array.from(trained.test.ssim));
    expect(Array.from(r.test.l2)).toEqual(Array.from(trained.test.l2));
    expect(Array.from(r.validation.ssim)).toEqual(Array.from(trained.validation.ssim));
    expect(Array.from(r.reconstructions)).toEqual(Array.from(trained.reconstructions));
    expect(r.test.ssim.length).toBe(6 * 256);
    expect(r.test.ssim.some((v) => v > 0)).toBe(true);
  });

  it('refuses weights of another model with weights-mismatch, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    const run = drain(ssimAeScoreJob({ validation: INPUT.validation, test: INPUT.test, model: INPUT.model, mapSsim: INPUT.mapSsim, weights: [new Float32Array(3)] }));
    await expect(run).rejects.toBeInstanceOf(ProblemError);
    await expect(run).rejects.toMatchObject({ problem: { code: 'weights-mismatch' } });
    expect(tf.memory().numTensors).toBe(before);
  });
});
