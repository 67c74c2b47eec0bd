import { expect } from 'vitest';
import type { GrayImage } from './gray-image';
import { imageStats } from './image-stats';

const same = (a: Float32Array, b: Float32Array): boolean => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

/**
 * Test checks shared by the generated textures: `generate(0)` is 512², the
 * same for the same seed and different for `otherSeed`, within [0, 1], with
 * the given mean and standard deviation (to 3 decimals).
 */
export function expectSeededTexture(generate: (seed: number) => GrayImage, otherSeed: number, stats: { mean: number; std: number }): void {
  const image = generate(0);
  expect([image.width, image.height]).toEqual([512, 512]);
  expect(same(generate(0).data, image.data)).toBe(true);
  expect(same(generate(otherSeed).data, image.data)).toBe(false);
  const s = imageStats(image);
  expect(s.mean).toBeCloseTo(stats.mean, 3);
  expect(s.std).toBeCloseTo(stats.std, 3);
  expect(s.min).toBeGreaterThanOrEqual(0);
  expect(s.max).toBeLessThanOrEqual(1);
}
