import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { fractalNoise, normalizeInto, smoothNoise } from './noise';

describe('noise', () => {
  it('is deterministic per seed, bounded, and smooth at the scale of its cells', () => {
    const a = smoothNoise(64, 48, 8, 8, createRng(3));
    expect(a).toEqual(smoothNoise(64, 48, 8, 8, createRng(3)));
    expect(a).not.toEqual(smoothNoise(64, 48, 8, 8, createRng(4)));
    expect(Math.max(...a)).toBeLessThanOrEqual(1);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(-1);
    let step = 0;
    for (let i = 0; i + 1 < a.length; i++) if ((i + 1) % 64 !== 0) step = Math.max(step, Math.abs(a[i + 1] - a[i]));
    expect(step).toBeLessThan(2 * 1.5 / 8 + 1e-6);
  });

  it('makes streaks along the longer cell axis', () => {
    const streaks = smoothNoise(128, 128, 1.5, 12, createRng(1));
    let alongY = 0;
    let alongX = 0;
    for (let y = 0; y + 1 < 128; y++) for (let x = 0; x + 1 < 128; x++) {
      alongY += Math.abs(streaks[(y + 1) * 128 + x] - streaks[y * 128 + x]);
      alongX += Math.abs(streaks[y * 128 + x + 1] - streaks[y * 128 + x]);
    }
    expect(alongX / alongY).toBeGreaterThan(4);
  });

  it('sums octaves and rescales to a mean and deviation inside [0, 1]', () => {
    const f = fractalNoise(64, 64, 16, 3, createRng(2));
    expect(Math.max(...f.map(Math.abs))).toBeLessThan(1.75);
    const v = normalizeInto(f, 0.5, 0.1);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length);
    expect(mean).toBeCloseTo(0.5, 3);
    expect(std).toBeCloseTo(0.1, 3);
    expect(normalizeInto(Float32Array.of(0, 10), 0.5, 1)).toEqual(Float32Array.of(0, 1));
  });
});
