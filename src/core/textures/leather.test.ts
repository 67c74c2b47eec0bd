import { describe, expect, it } from 'vitest';
import { autocorrelation } from './image-stats';
import { expectSeededTexture } from './texture-checks';
import { generateLeather } from './leather';

describe('generateLeather', () => {
  const leather = generateLeather(0);

  it('is deterministic per seed: 512² in [0, 1], mean 0.45 and deviation 0.14', () => {
    expectSeededTexture(generateLeather, 7, { mean: 0.45, std: 0.14 });
  });

  it('is a fine grain without long-range order', () => {
    expect(autocorrelation(leather, 1, 0)).toBeGreaterThan(0.5);
    expect(autocorrelation(leather, 0, 1)).toBeGreaterThan(0.5);
    for (const lag of [16, 32, 64]) expect(Math.abs(autocorrelation(leather, lag, 0))).toBeLessThan(0.15);
    expect(autocorrelation(generateLeather(0, { size: 128, grain: 4 }), 12, 0)).toBeLessThan(0.15);
  });
});
