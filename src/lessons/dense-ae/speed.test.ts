import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../../core/model/dense-ae-architecture';
import { flopSpeed, trainFlopsPerEpoch } from './speed';

function memoryStorage(initial: Record<string, string> = {}) {
  const m = new Map<string, string>(Object.entries(initial));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as unknown as Storage;
}

describe('speed memory', () => {
  it('counts post 000 training work and turns a measured run into estimates', () => {
    const flops = trainFlopsPerEpoch(SEED000_CONFIG, 6068);
    expect(flops).toBe(3 * 2 * (784 * 392 + 392 * 64 + 64 * 392 + 392 * 784) * 6068);
    const storage = memoryStorage();
    flopSpeed.remember('wasm', 2, flops, storage);
    expect(flopSpeed.read(storage).wasm).toBeCloseTo(flops / 2, 0);
    expect(flopSpeed.estimateEpochSeconds(flops / 2, flopSpeed.read(storage), 'wasm')).toEqual({ seconds: 1, basis: 'wasm' });
    expect(flopSpeed.estimateEpochSeconds(8e9, {}, null)).toEqual({ seconds: 1, basis: 'wasm' });
  });

  it('drops corrupt stored entries instead of estimating nonsense', () => {
    const storage = memoryStorage({ 'anomaly-lab:train-speed': JSON.stringify({ wasm: { x: 1 }, webgl: -3, cpu: 'fast', '[object Object]': 5, webgpu: 2e10 }) });
    expect(flopSpeed.read(storage)).toEqual({ webgpu: 2e10 });
    expect(flopSpeed.read(memoryStorage({ 'anomaly-lab:train-speed': '[1,2]' }))).toEqual({});
  });
});
