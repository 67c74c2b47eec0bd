import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../../core/model/dense-ae-architecture';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { modelConfig } from './model-config';
import { SETTINGS } from './params';
import { aroundSpeed, flopSpeed, scoredImages, scoringFlops, trainFlopsPerEpoch } from './speed';

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
    expect(flopSpeed.read(storage).wasm).toEqual([[flops, 2]]);
    expect(flopSpeed.estimateEpochSeconds(flops / 2, flopSpeed.read(storage), 'wasm')).toEqual({ seconds: 1, basis: 'wasm' });
    expect(flopSpeed.estimateEpochSeconds(8e9, {}, null).seconds).toBeCloseTo(1, 12);
  });

  it('does not scale two small runs’ overhead up to the full data (learner walk: 800 images, then 6,068 at 2.43 s / epoch)', () => {
    const config = modelConfig(defaultsOf(SETTINGS));
    const storage = memoryStorage();
    // What the walk measured: the old estimate, 7 s / epoch for 6,068 images, came from 800 images at 7 × 800 / 6068 s / epoch.
    flopSpeed.remember('wasm', 1.1, trainFlopsPerEpoch(config, 800), storage);
    flopSpeed.remember('wasm', (7 * 800) / 6068, trainFlopsPerEpoch(config, 800), storage);
    const full = flopSpeed.estimateEpochSeconds(trainFlopsPerEpoch(config, 6068), flopSpeed.read(storage), 'wasm').seconds;
    expect(full).toBeGreaterThan(2.43 / 1.5);
    expect(full).toBeLessThan(2.43 * 1.5);
    flopSpeed.remember('wasm', 2.43, trainFlopsPerEpoch(config, 6068), storage);
    expect(flopSpeed.estimateEpochSeconds(trainFlopsPerEpoch(config, 6068), flopSpeed.read(storage), 'wasm').seconds).toBeCloseTo(2.43, 9);
    expect(flopSpeed.estimateEpochSeconds(trainFlopsPerEpoch(config, 800), flopSpeed.read(storage), 'wasm').seconds).toBeCloseTo((7 * 800) / 6068, 9);
  });

  it('drops corrupt stored entries instead of estimating nonsense', () => {
    const storage = memoryStorage({ 'anomaly-lab:train-speed': JSON.stringify({ wasm: { x: 1 }, webgl: [[-3, 1]], cpu: 'fast', '[object Object]': [[5, 1]], webgpu: [[2e10, 1]] }) });
    expect(flopSpeed.read(storage)).toEqual({ webgpu: [[2e10, 1]] });
    expect(flopSpeed.read(memoryStorage({ 'anomaly-lab:train-speed': '[1,2]' }))).toEqual({});
  });
});

describe('the dense-AE lesson’s time around the epochs', () => {
  const p = defaultsOf(SETTINGS);

  it('counts the images a run scores: the loaded split’s validation and test images, else about what the classes hold', () => {
    expect(scoredImages(p, { val: 674, testNormal: 1135, testAnomaly: 1009 })).toBe(2818);
    expect(scoredImages(p, null)).toBe(674 + 2 * 1000);
    expect(scoredImages({ normal: [1, 7], anomaly: [0, 2, 9] }, null)).toBe(2 * 674 + 5 * 1000);
  });

  it('is 3 s and 8 GFLOP/s of scoring before any measurement (3.47 s for the defaults), then what was measured', () => {
    const flops = scoringFlops(modelConfig(p), 2818);
    expect(flops).toBe(2 * (784 * 392 + 392 * 64 + 64 * 392 + 392 * 784) * 2818);
    expect(aroundSpeed.estimate(flops, {}, null).seconds).toBeCloseTo(3 + flops / 8e9, 9);
    expect(aroundSpeed.estimate(flops, {}, null).seconds).toBeCloseTo(3.468, 3);
    expect(aroundSpeed.estimate(flops, { wasm: [[flops, 0.7]] }, 'wasm').seconds).toBeCloseTo(0.7, 9);
  });
});
