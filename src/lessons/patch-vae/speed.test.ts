import { describe, expect, it } from 'vitest';
import { batchSpeed, SPEED_KEY } from './speed';

describe('patch-VAE batch-speed memory', () => {
  it('reads its own key and falls back to 25 ms per batch of 128', () => {
    const saved = { getItem: (k: string) => (k === SPEED_KEY ? '{"wasm":0.02}' : null) };
    expect(SPEED_KEY).toBe('anomaly-lab:patch-vae-batch-seconds');
    expect(batchSpeed.read(saved)).toEqual({ wasm: 0.02 });
    // the default 100,000 patches in batches of 128: 782 batches
    expect(batchSpeed.estimateEpochSeconds(100_000, 128, {}, null)).toEqual({ seconds: 782 * 0.025, basis: 'wasm' });
  });
});
