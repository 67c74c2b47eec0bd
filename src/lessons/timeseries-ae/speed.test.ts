import { describe, expect, it } from 'vitest';
import { estimateEpochSeconds, readBatchSpeeds, rememberBatchSpeed } from './speed';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('batch-speed memory', () => {
  it('estimates from batches × remembered seconds per batch, with a fallback', () => {
    const store = memory();
    expect(estimateEpochSeconds(7650, 32, readBatchSpeeds(store), null)).toEqual({ seconds: 240 * 0.005, basis: 'wasm' });
    rememberBatchSpeed('webgl', 2.4, 240, store);
    expect(readBatchSpeeds(store)).toEqual({ webgl: 0.01 });
    expect(estimateEpochSeconds(7650, 32, readBatchSpeeds(store), 'webgl').seconds).toBeCloseTo(2.4, 9);
    rememberBatchSpeed('wasm', NaN, 240, store);
    expect(Object.keys(readBatchSpeeds(store))).toEqual(['webgl']);
  });
});
