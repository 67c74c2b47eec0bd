import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import type { GrayImage } from '../textures/gray-image';
import { ssimAeJob, type SsimAeJobInput } from './ssim-ae-job';
import { drainJob, useWasmBackend } from './test-jobs';

useWasmBackend();

/** A 64×48 noisy texture; training crops come from its top 32 rows. */
const rng = createRng(9);
const image: GrayImage = { width: 64, height: 48, data: Float32Array.from({ length: 64 * 48 }, (_, i) => 0.3 + 0.3 * Math.sin(i / 3) * rng.next() + 0.2 * rng.next()) };
const MODEL: SsimAeJobInput['model'] = { inputSize: 16, latent: 4, width: 0.25, loss: 'ssim', ssim: { winSize: 7 } };
const source = { image, rect: { left: 0, top: 0, width: 64, height: 32 }, seed: 4, flips: true };

function base(): SsimAeJobInput {
  const crops = new Float32Array(12 * 256);
  for (let k = 0; k < 12; k++) for (let y = 0; y < 16; y++) crops.set(image.data.subarray((k + y) * 64 + k, (k + y) * 64 + k + 16), k * 256 + y * 16);
  const training = { epochs: 3, batchSize: 4, learningRate: 0.001, patience: 0, seed: 2 };
  return { trainX: crops, validation: crops.slice(0, 4 * 256), test: crops.slice(0, 3 * 256), model: MODEL, mapSsim: { winSize: 7 }, training, initSeed: 2 };
}

describe('ssimAeJob', () => {
  it('trains on fresh crops from a crop source every epoch, summarises the run and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const fixed = (await drainJob(ssimAeJob(base(), new AbortController().signal))).result;
    const { events, result } = await drainJob(ssimAeJob({ ...base(), trainSource: source }, new AbortController().signal));
    expect(tf.memory().numTensors).toBe(before);
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(3);
    expect(result.epochsRun).toBe(3);
    expect(result.trainLoss).toHaveLength(3);
    expect(result.test.ssim).toHaveLength(3 * 256);
    expect(result.validation.l2).toHaveLength(4 * 256);
    // Same initial model and batch order: only the crops differ, so every epoch's loss does.
    expect(result.trainLoss.every((v, i) => v !== fixed.trainLoss[i])).toBe(true);
    expect(result.trainLoss.every(Number.isFinite)).toBe(true);
  });
});
