import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { createDenseAutoencoder, layerSizes, layerTable, parameterCount, SEED000_CONFIG } from './dense-autoencoder';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('dense autoencoder', () => {
  it("has seed 000's layer table and parameter count", () => {
    expect(layerSizes(SEED000_CONFIG)).toEqual([784, 392, 64, 392, 784]);
    expect(layerTable(SEED000_CONFIG).map((r) => r.activation)).toEqual(['relu', 'relu', 'relu', 'sigmoid']);
    expect(parameterCount(SEED000_CONFIG)).toBe(784 * 392 + 392 + 392 * 64 + 64 + 64 * 392 + 392 + 392 * 784 + 784);
    expect(parameterCount({ ...SEED000_CONFIG, hidden: [300], latent: 100 })).toBe(
      784 * 300 + 300 + 300 * 100 + 100 + 100 * 300 + 300 + 300 * 784 + 784,
    );
  });

  it('is deterministic for a seed, reconstructs in [0,1] and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const a = createDenseAutoencoder({ ...SEED000_CONFIG, inputSize: 16, hidden: [8], latent: 4 }, 5);
    const b = createDenseAutoencoder({ ...SEED000_CONFIG, inputSize: 16, hidden: [8], latent: 4 }, 5);
    const x = tf.randomUniform([3, 16], 0, 1, 'float32', 1) as tf.Tensor2D;
    const ya = a.reconstruct(x);
    const yb = b.reconstruct(x);
    const [da, db] = await Promise.all([ya.data(), yb.data()]);
    expect(Array.from(da)).toEqual(Array.from(db));
    expect(ya.shape).toEqual([3, 16]);
    expect(Math.min(...da)).toBeGreaterThan(0);
    expect(Math.max(...da)).toBeLessThan(1);
    const z = a.encode(x);
    expect(z.shape).toEqual([3, 4]);
    const loss = a.loss(x, true);
    expect(loss.shape).toEqual([]);
    tf.dispose([x, ya, yb, z, loss]);
    a.dispose();
    b.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a zero-width latent layer', () => {
    expect(() => createDenseAutoencoder({ ...SEED000_CONFIG, latent: 0 }, 0)).toThrow(new ProblemError(problem('layer-widths', { got: '784, 0, 392' })));
  });
});
