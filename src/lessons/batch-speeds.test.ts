import { describe, expect, it } from 'vitest';
import { batchSpeed as convAePca } from './conv-ae-pca/speed';
import { batchSpeed as patchVae } from './patch-vae/speed';
import { batchSpeed as timeseriesAe } from './timeseries-ae/speed';

describe('the lessons’ batch-speed memories', () => {
  it.each([
    // The default 100,000 patches in batches of 128: 782 batches of 25 ms.
    { memory: patchVae, key: 'anomaly-lab:patch-vae-batch-seconds', n: 100_000, batch: 128, seconds: 782 * 0.025 },
    { memory: timeseriesAe, key: 'anomaly-lab:timeseries-batch-seconds', n: 7650, batch: 32, seconds: 240 * 0.005 },
    { memory: convAePca, key: 'anomaly-lab:conv-ae-pca-batch-seconds', n: 800, batch: 32, seconds: 25 * 0.08 },
  ])('$key: reads its own key and falls back to its wasm guess', ({ memory, key, n, batch, seconds }) => {
    const saved = { getItem: (k: string) => (k === key ? '{"webgl":[[40,0.4]]}' : null) };
    expect(memory.read(saved)).toEqual({ webgl: [[40, 0.4]] });
    expect(memory.estimateEpochSeconds(n, batch, {}, null)).toEqual({ seconds, basis: 'wasm' });
  });
});
