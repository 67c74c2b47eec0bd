import { describe, expect, it } from 'vitest';
import { generateCarpet } from '../textures/carpet';
import { cropImage } from '../textures/gray-image';
import { generateLeather } from '../textures/leather';
import { equalMsePair, meanSquaredError, scrambleBlocks } from './equal-mse-pair';
import { ssim, ssimComponents } from './ssim';

const crop = (img: { width: number; height: number; data: Float32Array }) => cropImage(img, 32, 32, 64).data;
const carpet = crop(generateCarpet(0, { size: 128 }));
const leather = crop(generateLeather(0, { size: 128 }));

describe('equalMsePair', () => {
  it.each([
    ['carpet', 'blur'],
    ['carpet', 'scramble'],
    ['leather', 'blur'],
    ['leather', 'scramble'],
  ] as const)('%s, %s: the same MSE to 1e-7, and SSIM punishes the broken structure, not the shift', (name, kind) => {
    const x = name === 'carpet' ? carpet : leather;
    const p = equalMsePair(x, 64, 64, { kind });
    expect(p.mse.shifted).toBeGreaterThan(1e-4);
    expect(Math.abs(p.mse.shifted - p.mse.structural)).toBeLessThan(1e-7);
    expect(meanSquaredError(p.shifted, x)).toBe(p.mse.shifted);
    const a = ssimComponents(x, p.shifted, 64, 64, { winSize: 7 });
    const b = ssimComponents(x, p.structural, 64, 64, { winSize: 7 });
    expect(a.mean).toBeGreaterThan(0.95);
    expect(b.mean).toBeLessThan(a.mean - 0.1);
    const mean = (m: Float32Array) => m.reduce((s, v) => s + v, 0) / m.length;
    // The shift lowers only the luminance term; the structural change leaves it (nearly) whole.
    expect(mean(a.structure)).toBeGreaterThan(0.999);
    expect(mean(a.luminance)).toBeLessThan(mean(b.luminance));
    expect(mean(b.structure)).toBeLessThan(0.95);
  });

  it('shifts a bright image down and a dark one up; clipping is bisected away', () => {
    const bright = Float32Array.from(carpet, (v) => Math.min(1, v + 0.45));
    const p = equalMsePair(bright, 64, 64, { kind: 'blur', maxShift: 0.3 });
    expect(p.shift).toBeLessThan(0);
    const dark = equalMsePair(Float32Array.from(carpet, (v) => v * 0.3), 64, 64, { kind: 'scramble' });
    expect(dark.shift).toBeGreaterThan(0);
    expect(Math.abs(dark.mse.shifted - dark.mse.structural)).toBeLessThan(1e-7);
    const clipped = Float32Array.from(carpet, (v) => (v > 0.5 ? 1 : v));
    const q = equalMsePair(clipped, 64, 64, { kind: 'blur', maxShift: 0.5 });
    expect(Math.abs(q.mse.shifted - q.mse.structural)).toBeLessThan(1e-7);
  });

  it('caps the strength at the full distortion and matches the shift to it', () => {
    const p = equalMsePair(carpet, 64, 64, { kind: 'blur', blurSigma: 0.5, maxShift: 1 });
    expect(p.strength).toBe(1);
    expect(Math.abs(p.shift)).toBeLessThan(1);
    expect(Math.abs(p.mse.shifted - p.mse.structural)).toBeLessThan(1e-7);
  });

  it('refuses a flat image and bad sizes', () => {
    expect(() => equalMsePair(new Float32Array(64).fill(0.5), 8, 8)).toThrow('image-flat');
    expect(() => equalMsePair(new Float32Array(10), 8, 8)).toThrow('mse-size');
    expect(() => equalMsePair(carpet, 64, 64, { maxShift: 0 })).toThrow('shift-invalid');
  });
});

describe('scrambleBlocks', () => {
  it('keeps every tile’s values (so its mean and spread) and moves pixels', () => {
    const s = scrambleBlocks(carpet, 64, 64, 4, 1);
    let moved = 0;
    for (let ty = 0; ty < 64; ty += 4) {
      for (let tx = 0; tx < 64; tx += 4) {
        const a: number[] = [];
        const b: number[] = [];
        for (let y = ty; y < ty + 4; y++) for (let x = tx; x < tx + 4; x++) (a.push(carpet[y * 64 + x]), b.push(s[y * 64 + x]));
        expect(b.slice().sort()).toEqual(a.slice().sort());
      }
    }
    for (let i = 0; i < s.length; i++) if (s[i] !== carpet[i]) moved++;
    expect(moved).toBeGreaterThan(0.8 * s.length);
    expect(scrambleBlocks(carpet, 64, 64, 4, 1)).toEqual(s);
    expect(ssim(carpet, s, 64, 64).mean).toBeLessThan(0.5);
  });
});
