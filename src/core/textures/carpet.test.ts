import { describe, expect, it } from 'vitest';
import { generateCarpet } from './carpet';
import { autocorrelation } from './image-stats';
import { expectSeededTexture } from './texture-checks';

describe('generateCarpet', () => {
  const carpet = generateCarpet(0);

  it('is deterministic per seed: 512² in [0, 1], mean 0.5 and deviation 0.17', () => {
    expectSeededTexture(generateCarpet, 1, { mean: 0.5, std: 0.17 });
  });

  it('is a 2/2 twill of 8 px threads: it repeats every 4 threads (32 px) across and down, not every 2', () => {
    expect(autocorrelation(carpet, 32, 0)).toBeGreaterThan(0.6);
    expect(autocorrelation(carpet, 0, 32)).toBeGreaterThan(0.6);
    expect(autocorrelation(carpet, 16, 0)).toBeLessThan(0.3);
    expect(autocorrelation(carpet, 4, 0)).toBeLessThan(0.3);
    expect(autocorrelation(generateCarpet(0, { size: 128, pitch: 6 }), 24, 0)).toBeGreaterThan(0.5);
  });
});
