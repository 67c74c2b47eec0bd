import { describe, expect, it } from 'vitest';
import { createBatchSpeedMemory, pickSpeed, readSpeedRecord, storeSpeed } from './speed-memory';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('speed memory', () => {
  it('keeps one number per backend under its key and reads junk as nothing', () => {
    const store = memory();
    storeSpeed('k', 'wasm', 2, store);
    storeSpeed('k', 'webgl', 8, store);
    storeSpeed('other', 'wasm', 5, store);
    expect(readSpeedRecord('k', store)).toEqual({ wasm: 2, webgl: 8 });
    expect(readSpeedRecord('other', store)).toEqual({ wasm: 5 });
    store.setItem('k', '{not json');
    expect(readSpeedRecord('k', store)).toEqual({});
    store.setItem('k', '3');
    expect(readSpeedRecord('k', store)).toEqual({});
    expect(readSpeedRecord('k', null)).toEqual({});
    storeSpeed('k', 'wasm', 1, { getItem: () => null, setItem: () => { throw new Error('full'); } });
  });

  it('picks the backend asked for, else the first one measured, else the fallback', () => {
    expect(pickSpeed({ webgl: 3, wasm: 2 }, 'wasm', 9)).toEqual({ value: 2, basis: 'wasm' });
    expect(pickSpeed({ webgl: 3 }, 'wasm', 9)).toEqual({ value: 3, basis: 'webgl' });
    expect(pickSpeed({}, 'webgpu', 9)).toEqual({ value: 9, basis: 'wasm' });
  });
});

describe('batch-speed memory', () => {
  it('estimates from batches × remembered seconds per batch, with a fallback', () => {
    const store = memory();
    const speed = createBatchSpeedMemory('test-key', 0.005);
    expect(speed.estimateEpochSeconds(7650, 32, speed.read(store), null)).toEqual({ seconds: 240 * 0.005, basis: 'wasm' });
    speed.remember('webgl', 2.4, 240, store);
    expect(speed.read(store)).toEqual({ webgl: 0.01 });
    expect(store.m.get('test-key')).toBe('{"webgl":0.01}');
    expect(speed.estimateEpochSeconds(7650, 32, speed.read(store), 'webgl').seconds).toBeCloseTo(2.4, 9);
    speed.remember('wasm', NaN, 240, store);
    speed.remember('wasm', 2, 0, store);
    expect(Object.keys(speed.read(store))).toEqual(['webgl']);
    expect(speed.estimateEpochSeconds(0, 0, {}, null)).toEqual({ seconds: 0.005, basis: 'wasm' });
  });
});
