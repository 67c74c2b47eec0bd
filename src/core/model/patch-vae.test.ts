import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { createPatchVae, PATCH_VAE_DEFAULTS, type PatchVaeConfig } from './patch-vae';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const patches = (n: number, seed: number) => tf.randomUniform([n, 64], 0, 1, 'float32', seed) as tf.Tensor2D;

async function predict(config: PatchVaeConfig, seed: number, x: tf.Tensor2D) {
  const model = createPatchVae(config, seed);
  const { mu, logVar } = model.predict(x);
  const out = { mu: await mu.data(), sigma2: Array.from(await logVar.data(), Math.exp), model };
  tf.dispose([mu, logVar]);
  return out;
}

describe('patch VAE', () => {
  it('predicts μ in (0,1) and σ² per variance model: floor ≥ floor, shared one value', async () => {
    const before = tf.memory().numTensors;
    const x = patches(5, 1);
    const floor = await predict({ ...PATCH_VAE_DEFAULTS, variance: 'floor', varianceFloor: 0.2 }, 0, x);
    expect(floor.mu.length).toBe(5 * 64);
    expect(Math.min(...floor.mu)).toBeGreaterThan(0);
    expect(Math.max(...floor.mu)).toBeLessThan(1);
    expect(Math.min(...floor.sigma2)).toBeGreaterThanOrEqual(0.2 - 1e-6);
    expect(Math.max(...floor.sigma2)).toBeLessThan(1);
    const pixel = await predict({ ...PATCH_VAE_DEFAULTS, variance: 'pixel' }, 0, x);
    expect(new Set(pixel.sigma2.map((v) => v.toFixed(6))).size).toBeGreaterThan(10);
    const shared = await predict({ ...PATCH_VAE_DEFAULTS, variance: 'shared' }, 0, x);
    expect(new Set(shared.sigma2).size).toBe(1);
    expect(shared.sigma2[0]).toBe(1);
    // the shared model has no variance head: 16·16 weights + 2 BN params fewer, plus one log σ²
    expect(pixel.model.trainableVariables()[0].size - shared.model.trainableVariables()[0].size).toBe(16 * 16 + 2 - 1);
    [floor, pixel, shared].forEach((p) => p.model.dispose());
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is deterministic per seed and its weights round-trip into a fresh model', async () => {
    const x = patches(4, 2);
    const a = await predict(PATCH_VAE_DEFAULTS, 3, x);
    const b = await predict(PATCH_VAE_DEFAULTS, 3, x);
    const c = await predict(PATCH_VAE_DEFAULTS, 4, x);
    expect(Array.from(a.mu)).toEqual(Array.from(b.mu));
    expect(Array.from(a.mu)).not.toEqual(Array.from(c.mu));
    c.model.setWeights(await a.model.getWeights());
    const { mu } = c.model.predict(x);
    expect(Array.from(await mu.data())).toEqual(Array.from(a.mu));
    expect(() => c.model.setWeights([new Float32Array(3)])).toThrow(new ProblemError(problem('weights-mismatch', {})));
    [a, b, c].forEach((p) => p.model.dispose());
    tf.dispose([x, mu]);
  });

  it('trains: the loss falls, running statistics move, and no tensor leaks', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    const model = createPatchVae({ ...PATCH_VAE_DEFAULTS, latent: 2 }, 0);
    // patches of two kinds: blank, and a vertical bar
    const rows = Array.from({ length: 16 }, (_, i) => Array.from({ length: 64 }, (_, p) => (i % 2 === 1 && p % 8 === 3 ? 1 : 0)));
    const x = tf.tensor2d(rows);
    const opt = tf.train.adam(0.02);
    const lossAt = async () => {
      const l = tf.tidy(() => model.loss(x, true));
      const v = (await l.data())[0];
      l.dispose();
      return v;
    };
    const start = await lossAt();
    const runningBefore = await model.allVariables()[1].data();
    for (let i = 0; i < 40; i++) tf.tidy(() => void opt.minimize(() => model.loss(x, true), false, model.trainableVariables()));
    const end = await lossAt();
    expect(end).toBeLessThan(start - 25);
    expect(Array.from(await model.allVariables()[1].data())).not.toEqual(Array.from(runningBefore));
    opt.dispose();
    model.dispose();
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await tf.setBackend('cpu');
  });

  it('takes training steps with every variance model (gradients reach every parameter, nothing leaks)', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    const x = patches(8, 5);
    for (const variance of ['pixel', 'floor', 'shared'] as const) {
      const model = createPatchVae({ ...PATCH_VAE_DEFAULTS, variance }, 1);
      const { value, grads } = tf.variableGrads(() => model.loss(x, true), model.trainableVariables());
      const g = grads[model.trainableVariables()[0].name];
      const d = await g.data();
      expect(Number.isFinite((await value.data())[0])).toBe(true);
      // every parameter is used, so almost every gradient entry is non-zero
      const zero = Array.from(d).filter((v) => v === 0).length;
      expect(zero).toBeLessThan(d.length * 0.05);
      tf.dispose([value, g]);
      model.dispose();
    }
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await tf.setBackend('cpu');
  });

  it('refuses configs it cannot build', () => {
    expect(() => createPatchVae({ ...PATCH_VAE_DEFAULTS, patchSize: 6 }, 0)).toThrow(new ProblemError(problem('patch-size-multiple', { of: 4, got: 6 })));
    expect(() => createPatchVae({ ...PATCH_VAE_DEFAULTS, variance: 'floor', varianceFloor: 0 }, 0)).toThrow(new ProblemError(problem('variance-floor-range', { got: 0 })));
    expect(() => createPatchVae({ ...PATCH_VAE_DEFAULTS, latent: 0 }, 0)).toThrow(new ProblemError(problem('latent-invalid', { got: 0 })));
  });
});
