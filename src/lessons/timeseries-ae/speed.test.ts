import { describe, expect, it } from 'vitest';
import { batchSpeed, SPEED_KEY } from './speed';

describe('time-series batch-speed memory', () => {
  it('reads its own key and falls back to 5 ms per batch', () => {
    const saved = { getItem: (k: string) => (k === SPEED_KEY ? '{"webgl":0.01}' : null) };
    expect(SPEED_KEY).toBe('anomaly-lab:timeseries-batch-seconds');
    expect(batchSpeed.read(saved)).toEqual({ webgl: 0.01 });
    expect(batchSpeed.estimateEpochSeconds(7650, 32, {}, null)).toEqual({ seconds: 240 * 0.005, basis: 'wasm' });
  });
});
