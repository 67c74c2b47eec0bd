import { describe, expect, it } from 'vitest';
import { createBatchSpeedMemory, createSpeedMemory, fitSpeed, MAX_POINTS, readSpeedRecord, rememberedCount, storeSpeed, subscribeSpeeds } from './speed-memory';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

/** A machine whose epochs cost 0.65 s of overhead plus 0.325 ms per image: 800 images 0.91 s, 6068 images 2.62 s. */
const truth = (images: number) => 0.65 + 0.000325 * images;

describe('speed memory', () => {
  it('keeps measured runs per backend under its key and reads junk (and old single numbers) as nothing', () => {
    const store = memory();
    storeSpeed('k', 'wasm', [100, 2], store);
    storeSpeed('k', 'webgl', [100, 8], store);
    storeSpeed('other', 'wasm', [50, 5], store);
    expect(readSpeedRecord('k', store)).toEqual({ wasm: [[100, 2]], webgl: [[100, 8]] });
    expect(readSpeedRecord('other', store)).toEqual({ wasm: [[50, 5]] });
    store.setItem('k', JSON.stringify({ wasm: 2.3e9, webgl: [[1, 2], [0, 3], [-1, 2], [2, 'x'], [3]], cpu: [[1, 1e20]], '[x]': [[1, 1]] }));
    expect(readSpeedRecord('k', store)).toEqual({ webgl: [[1, 2]] });
    store.setItem('k', '{not json');
    expect(readSpeedRecord('k', store)).toEqual({});
    store.setItem('k', '3');
    expect(readSpeedRecord('k', store)).toEqual({});
    expect(readSpeedRecord('k', null)).toEqual({});
    storeSpeed('k', 'wasm', [1, 1], { getItem: () => null, setItem: () => { throw new Error('full'); } });
  });

  it('replaces a run of about the same work with the newer one and keeps the last few', () => {
    const store = memory();
    storeSpeed('k', 'wasm', [800, 1.2], store);
    storeSpeed('k', 'wasm', [6000, 2.6], store);
    storeSpeed('k', 'wasm', [900, 0.9], store);
    expect(readSpeedRecord('k', store).wasm).toEqual([[6000, 2.6], [900, 0.9]]);
    for (let i = 1; i <= 10; i++) storeSpeed('k', 'wasm', [2 ** i * 1e4, i], store);
    expect(readSpeedRecord('k', store).wasm).toHaveLength(MAX_POINTS);
    expect(readSpeedRecord('k', store).wasm.at(-1)).toEqual([2 ** 10 * 1e4, 10]);
  });
});

describe('fitting overhead + cost per unit of work', () => {
  it('fits runs of two sizes exactly and extrapolates a small run’s speed to the full data', () => {
    const fit = fitSpeed([[800, truth(800)], [2400, truth(2400)]], 1)!;
    expect(fit.overhead).toBeCloseTo(0.65, 9);
    expect(fit.perWork).toBeCloseTo(0.000325, 12);
  });

  it.each([
    { prior: 0.000325, within: 1.1 },
    { prior: 0.000325 / 2, within: 1.5 },
    { prior: 0.000325 * 2, within: 1.7 },
  ])('from small runs only (800 images), estimates 6,068 images within ×$within of the truth (typical cost $prior s / image)', ({ prior, within }) => {
    const store = memory();
    const speed = createSpeedMemory('k', prior);
    speed.remember('wasm', truth(800) * 1.1, 800, store);
    speed.remember('wasm', truth(800), 800, store);
    const est = speed.estimate(6068, speed.read(store), 'wasm').seconds;
    expect(est / truth(6068)).toBeLessThan(within);
    expect(truth(6068) / est).toBeLessThan(within);
    expect(speed.estimate(800, speed.read(store), 'wasm').seconds).toBeCloseTo(truth(800), 9);
  });

  it('scales a big run’s speed with work when it has no overhead, and survives noise where a bigger run was faster', () => {
    expect(fitSpeed([[1000, 2]], 1)).toEqual({ overhead: 0, perWork: 0.002 });
    expect(fitSpeed([[1000, 2], [3000, 1.5]], 1)).toEqual({ overhead: 0, perWork: 0.0005 });
    const noOverhead = fitSpeed([[1000, 1], [2000, 2.2]], 1)!;
    expect(noOverhead.overhead).toBe(0);
    expect(noOverhead.perWork).toBeCloseTo((1000 * 1 + 2000 * 2.2) / (1000 ** 2 + 2000 ** 2), 12);
    expect(fitSpeed([], 1)).toBeNull();
  });

  it('uses the backend asked for, else the first measured, else the fallback overhead and cost', () => {
    const speed = createSpeedMemory('k', 0.01, 3);
    expect(speed.estimate(100, {}, 'webgpu')).toEqual({ seconds: 4, basis: 'wasm' });
    expect(speed.estimate(100, { webgl: [[100, 0.5]] }, 'wasm')).toEqual({ seconds: 0.5, basis: 'webgl' });
    expect(speed.estimate(100, { webgl: [[100, 0.5]], wasm: [[100, 0.7]] }, 'wasm')).toEqual({ seconds: 0.7, basis: 'wasm' });
  });
});

describe('batch-speed memory', () => {
  it('estimates from batches, remembering seconds per epoch by batches per epoch, with a fallback', () => {
    const store = memory();
    const speed = createBatchSpeedMemory('test-key', 0.005);
    expect(speed.estimateEpochSeconds(7650, 32, speed.read(store), null)).toEqual({ seconds: 240 * 0.005, basis: 'wasm' });
    speed.remember('webgl', 2.4, 240, store);
    expect(speed.read(store)).toEqual({ webgl: [[240, 2.4]] });
    expect(store.m.get('test-key')).toBe('{"webgl":[[240,2.4]]}');
    expect(speed.estimateEpochSeconds(7650, 32, speed.read(store), 'webgl').seconds).toBeCloseTo(2.4, 9);
    speed.remember('wasm', NaN, 240, store);
    speed.remember('wasm', 2, 0, store);
    expect(Object.keys(speed.read(store))).toEqual(['webgl']);
    expect(speed.estimateEpochSeconds(0, 0, {}, null)).toEqual({ seconds: 0.005, basis: 'wasm' });
  });
});

describe('listening to remembered runs', () => {
  it('tells its listeners each time a run is stored, not when storage refuses it or the run is junk, until unsubscribed', () => {
    const calls: number[] = [];
    const stop = subscribeSpeeds(() => calls.push(rememberedCount()));
    const before = rememberedCount();
    createSpeedMemory('k', 1).remember('wasm', 2, 100, memory());
    storeSpeed('k', 'wasm', [100, 3], { getItem: () => null, setItem: () => { throw new Error('full'); } });
    storeSpeed('k', 'wasm', [100, NaN], memory());
    expect(calls).toEqual([before + 1]);
    stop();
    storeSpeed('k', 'wasm', [100, 3], memory());
    expect(calls).toEqual([before + 1]);
    expect(rememberedCount()).toBe(before + 2);
  });
});
