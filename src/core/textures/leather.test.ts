import { describe, expect, it } from 'vitest';
import { autocorrelation, imageStats } from './image-stats';
import { generateLeather } from './leather';

const same = (a: Float32Array, b: Float32Array): boolean => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

describe('generateLeather', () => {
  const leather = generateLeather(0);

  it('is deterministic per seed: 512² in [0, 1], mean 0.45 and deviation 0.14', () => {
    expect([leather.width, leather.height]).toEqual([512, 512]);
    expect(same(generateLeather(0).data, leather.data)).toBe(true);
    expect(same(generateLeather(7).data, leather.data)).toBe(false);
    const s = imageStats(leather);
    expect(s.mean).toBeCloseTo(0.45, 3);
    expect(s.std).toBeCloseTo(0.14, 3);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThanOrEqual(1);
  });

  it('is a fine grain without long-range order', () => {
    expect(autocorrelation(leather, 1, 0)).toBeGreaterThan(0.5);
    expect(autocorrelation(leather, 0, 1)).toBeGreaterThan(0.5);
    for (const lag of [16, 32, 64]) expect(Math.abs(autocorrelation(leather, lag, 0))).toBeLessThan(0.15);
    expect(autocorrelation(generateLeather(0, { size: 128, grain: 4 }), 12, 0)).toBeLessThan(0.15);
  });
});
