import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../../core/model/dense-ae-architecture';
import { estimateSecondsPerEpoch, readSpeeds, rememberSpeed, trainFlopsPerEpoch } from './speed-memory';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as unknown as Storage;
}

describe('speed memory', () => {
  it('counts seed 000 training work and turns a measured run into estimates', () => {
    const flops = trainFlopsPerEpoch(SEED000_CONFIG, 6068);
    expect(flops).toBe(3 * 2 * (784 * 392 + 392 * 64 + 64 * 392 + 392 * 784) * 6068);
    const storage = memoryStorage();
    rememberSpeed('wasm', 2, flops, storage);
    expect(readSpeeds(storage).wasm).toBeCloseTo(flops / 2, 0);
    expect(estimateSecondsPerEpoch(flops / 2, readSpeeds(storage), 'wasm')).toEqual({ seconds: 1, basis: 'wasm' });
    expect(estimateSecondsPerEpoch(8e9, {}, null)).toEqual({ seconds: 1, basis: 'wasm' });
  });
});
