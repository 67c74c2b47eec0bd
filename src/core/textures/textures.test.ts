import { describe, expect, it } from 'vitest';
import { generateCarpet } from './carpet';
import { autocorrelation } from './image-stats';
import { generateLeather } from './leather';
import { expectSeededTexture } from './texture-checks';

describe.each([
  { name: 'generateCarpet', generate: generateCarpet, otherSeed: 1, mean: 0.5, std: 0.17 },
  { name: 'generateLeather', generate: generateLeather, otherSeed: 7, mean: 0.45, std: 0.14 },
])('$name', ({ generate, otherSeed, mean, std }) => {
  it(`is deterministic per seed: 512² in [0, 1], mean ${mean} and deviation ${std}`, () => {
    expectSeededTexture(generate, otherSeed, { mean, std });
  });
});

describe('generateCarpet', () => {
  it('is a 2/2 twill of 8 px threads: it repeats every 4 threads (32 px) across and down, not every 2', () => {
    const carpet = generateCarpet(0);
    expect(autocorrelation(carpet, 32, 0)).toBeGreaterThan(0.6);
    expect(autocorrelation(carpet, 0, 32)).toBeGreaterThan(0.6);
    expect(autocorrelation(carpet, 16, 0)).toBeLessThan(0.3);
    expect(autocorrelation(carpet, 4, 0)).toBeLessThan(0.3);
    expect(autocorrelation(generateCarpet(0, { size: 128, pitch: 6 }), 24, 0)).toBeGreaterThan(0.5);
  });
});

describe('generateLeather', () => {
  it('is a fine grain without long-range order', () => {
    const leather = generateLeather(0);
    expect(autocorrelation(leather, 1, 0)).toBeGreaterThan(0.5);
    expect(autocorrelation(leather, 0, 1)).toBeGreaterThan(0.5);
    for (const lag of [16, 32, 64]) expect(Math.abs(autocorrelation(leather, lag, 0))).toBeLessThan(0.15);
    expect(autocorrelation(generateLeather(0, { size: 128, grain: 4 }), 12, 0)).toBeLessThan(0.15);
  });
});
