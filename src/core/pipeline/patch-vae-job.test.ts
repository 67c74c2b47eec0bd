import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { PATCH_VAE_DEFAULTS } from '../model/patch-vae';
import { createRng } from '../random/rng';
import { patchVaeJob, type PatchVaeJobInput } from './patch-vae-job';
import { patchVaeScoreJob } from './patch-vae-score-job';
import { SCORE_FLOORS } from '../score/window-scores';
import { headlineMetrics } from './headline-metrics';
import { drainJob, useWasmBackend } from './test-jobs';

useWasmBackend();

/**
 * side×side images of one flat grey level in [0.2, 0.8] (normal) or the same
 * with a faint 2-pixel vertical bar ±0.25 at a random column (anomaly). Flat
 * patches are one latent factor, so a short training learns them.
 */
function flatImages(n: number, side: number, bar: boolean, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * side * side);
  for (let i = 0; i < n; i++) {
    const grey = 0.2 + 0.6 * rng.next();
    const at = 2 + rng.int(side - 5);
    out.fill(grey, i * side * side, (i + 1) * side * side);
    if (!bar) continue;
    for (let t = 0; t < side; t++) {
      for (let w = 0; w < 2; w++) out[i * side * side + t * side + at + w] = grey > 0.5 ? grey - 0.25 : grey + 0.25;
    }
  }
  return out;
}

function input(trainSteps: { epochs: number; learningRate: number }): PatchVaeJobInput {
  const testX = new Float32Array(80 * 256);
  testX.set(flatImages(40, 16, false, 2), 0);
  testX.set(flatImages(40, 16, true, 3), 40 * 256);
  return {
    side: 16,
    trainX: flatImages(100, 16, false, 1),
    testX,
    heldOutX: flatImages(20, 16, false, 4),
    patches: { count: 2000, seed: 0, stride: 4 },
    model: MODEL,
    train: { ...trainSteps, batchSize: 50, patience: 0, seed: 0 },
    initSeed: 0,
    detailIndices: [0, 40],
    latentSamples: 50,
    latentGrid: 3,
  };
}
/** The seed's architecture, σ² floored at 0.01 during training, β = 1 (the one latent factor is learned within 80 steps). */
const MODEL = { ...PATCH_VAE_DEFAULTS, variance: 'floor' as const, beta: 1 };
const LABELS = Array.from({ length: 80 }, (_, i) => (i < 40 ? 0 : 1));

describe('patchVaeJob (flat grey normal, faint bar anomalous)', () => {
  it('learns: old-score AUC from < 0.9 untrained to > 0.97 after 80 steps; returns maps, details, latents; leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const untrained = await drainJob(patchVaeJob(input({ epochs: 1, learningRate: 1e-9 }), new AbortController().signal));
    expect(headlineMetrics(untrained.result.test.old, LABELS).auc).toBeLessThan(0.9);
    const { events, result } = await drainJob(patchVaeJob(input({ epochs: 2, learningRate: 0.01 }), new AbortController().signal));
    expect(tf.memory().numTensors).toBe(before);
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(2);
    const scoring = events.filter((e) => e.type === 'eval' && e.phase === 'scoring');
    expect(scoring.at(-1)).toMatchObject({ done: 80, total: 80 });
    expect(events.at(-1)).toMatchObject({ type: 'eval', phase: 'held-out', done: 20, total: 20 });
    // stride 4 on 16×16 with 8×8 windows: 3×3 windows per image
    expect(result.test.grid).toBe(3);
    expect(result.windows).toBe(80 * 9);
    expect(result.test.oldMap.length).toBe(80 * 9);
    expect(headlineMetrics(result.test.old, LABELS).auc).toBeGreaterThan(0.97);
    // held-out normals are scored like the test images, and look like the test normals, not the anomalies
    expect(result.heldOut?.grid).toBe(3);
    expect(result.heldOut?.oldMap.length).toBe(20 * 9);
    expect(result.heldOut?.news.map((n) => n.floor)).toEqual(SCORE_FLOORS);
    const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(result.heldOut!.old)).toBeLessThan(mean(result.test.old.subarray(40)));
    expect(result.test.minSigma2).toBeGreaterThanOrEqual(MODEL.varianceFloor * 0.999);
    expect(result.details.map((d) => d.index)).toEqual([0, 40]);
    expect(result.details[0].sigma2.length).toBe(256);
    expect(result.latent?.z.length).toBe(100);
    expect(result.latent?.mu.length).toBe(9 * 64);
    expect(result.scoringSeconds).toBeGreaterThan(0);

    // "try it": the returned weights score an image exactly as the trained model did
    const image = input({ epochs: 1, learningRate: 1 }).testX.slice(40 * 256, 41 * 256);
    const again = await drainJob(
      patchVaeScoreJob({ side: 16, model: MODEL, weights: result.weights, images: image, stride: 4 }, new AbortController().signal),
    );
    expect(again.result.scores.old[0]).toBeCloseTo(result.test.old[40], 4);
    again.result.scores.news.forEach((n, k) => {
      const expected = result.test.news[k].image[40];
      expect(Math.abs(n.image[0] - expected)).toBeLessThan(1e-3 * Math.max(1, expected));
    });
    expect(again.result.scores.news.map((n) => n.floor)).toEqual(SCORE_FLOORS);
    expect(again.result.details[0].newPixel.length).toBe(256);
    expect(tf.memory().numTensors).toBe(before);
  });
});
