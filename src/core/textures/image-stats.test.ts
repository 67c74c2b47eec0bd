import { describe, expect, it } from 'vitest';
import { autocorrelation, imageStats } from './image-stats';

describe('image stats', () => {
  it('summarises all pixels or the masked ones', () => {
    const image = { width: 2, height: 2, data: Float32Array.of(0, 0.5, 1, 0.5) };
    expect(imageStats(image)).toEqual({ mean: 0.5, std: Math.sqrt(0.125), min: 0, max: 1 });
    expect(imageStats(image, Uint8Array.of(0, 1, 1, 0))).toEqual({ mean: 0.75, std: 0.25, min: 0.5, max: 1 });
    expect(imageStats(image, new Uint8Array(4)).mean).toBeNaN();
  });

  it('finds the period of stripes', () => {
    const data = Float32Array.from({ length: 64 * 8 }, (_, i) => 0.5 + 0.5 * Math.sin((2 * Math.PI * (i % 64)) / 8));
    const image = { width: 64, height: 8, data };
    expect(autocorrelation(image, 8, 0)).toBeCloseTo(1, 5);
    expect(autocorrelation(image, 4, 0)).toBeCloseTo(-1, 5);
    expect(autocorrelation(image, 2, 0)).toBeCloseTo(0, 1);
  });
});
