import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussianNllPerSample, klPerSample, LOG_2PI, vaeLoss } from './gaussian-vae-loss';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const t2 = (rows: number[][]) => tf.tensor2d(rows);

describe('seed 004 loss', () => {
  it('matches hand-computed KL, NLL and their batch mean', async () => {
    const before = tf.memory().numTensors;
    // Sample 1: (x−μ)² = .25, .25; σ² = .25, 1 → ½(1 + .25) = .625; ½(2·log2π + log .25) = 1.144730
    // KL: −½[(1 + 0 − 1 − 1) + (1 + ln2 − 0 − 2)] = 0.653426
    // Sample 2: perfect fit, σ² = 1, z = N(0, 1) → NLL = log 2π = 1.837877, KL = 0
    const inp = {
      x: t2([[0, 1], [0, 0]]),
      mu: t2([[0.5, 0.5], [0, 0]]),
      logVar: t2([[Math.log(0.25), 0], [0, 0]]),
      zMean: t2([[1, 0], [0, 0]]),
      zLogVar: t2([[0, Math.log(2)], [0, 0]]),
    };
    const nll = gaussianNllPerSample(inp.x, inp.mu, inp.logVar);
    const kl = klPerSample(inp.zMean, inp.zLogVar);
    const total = vaeLoss(inp, 1);
    const half = vaeLoss(inp, 0.5);
    const [n, k, t, h] = await Promise.all([nll.data(), kl.data(), total.data(), half.data()]);
    expect(n[0]).toBeCloseTo(0.625 + 1.14473, 5);
    expect(n[1]).toBeCloseTo(1.837877, 5);
    expect(k[0]).toBeCloseTo(0.653426, 5);
    expect(k[1]).toBeCloseTo(0, 6);
    expect(t[0]).toBeCloseTo((0.625 + 1.14473 + 0.653426 + 1.837877) / 2, 5);
    expect(h[0]).toBeCloseTo((0.625 + 1.14473 + 0.326713 + 1.837877) / 2, 5);
    tf.dispose([nll, kl, total, half, ...Object.values(inp)]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('goes negative when the fit is good and σ² is small: −log of a density above 1', async () => {
    // 64 pixels, perfect fit, σ² = 0.01: 64 · ½ log(2π·0.01) = −88.553
    const x = tf.fill([1, 64], 0.3) as tf.Tensor2D;
    const logVar = tf.fill([1, 64], Math.log(0.01)) as tf.Tensor2D;
    const nll = gaussianNllPerSample(x, x, logVar);
    expect((await nll.data())[0]).toBeCloseTo(32 * (LOG_2PI + Math.log(0.01)), 3);
    expect((await nll.data())[0]).toBeCloseTo(-88.553, 2);
    tf.dispose([x, logVar, nll]);
  });
});
