import { describe, expect, it } from 'vitest';
import { localMean } from './gray-image';
import { localStats, matchRegionMean, transferLocalStats } from './local-stats';

const checker = (n: number, lo: number, hi: number) => ({ width: n, height: n, data: Float32Array.from({ length: n * n }, (_, i) => ((i % n) + Math.floor(i / n)) % 2 ? hi : lo) });

describe('local statistics', () => {
  it('gives the mean and deviation of each window', () => {
    const { mean, std } = localStats(checker(8, 0, 1), 1);
    expect(mean[9]).toBeCloseTo(4 / 9, 6);
    expect(mean[10]).toBeCloseTo(5 / 9, 6);
    expect(std[9]).toBeCloseTo(Math.sqrt(20 / 81), 6);
    expect(localStats({ width: 4, height: 4, data: new Float32Array(16).fill(0.3) }, 2).std.every((s) => s < 1e-6)).toBe(true);
  });

  it('puts a pattern on the target\'s local mean and contrast, only where asked', () => {
    const target = checker(16, 0.4, 0.6);
    const pattern = { width: 16, height: 16, data: Float32Array.from({ length: 256 }, (_, i) => (Math.floor(i / 16) % 4 < 2 ? 0 : 1)) };
    const where = new Uint8Array(256);
    for (let y = 4; y < 12; y++) for (let x = 4; x < 12; x++) where[y * 16 + x] = 1;
    const out = target.data.slice();
    transferLocalStats(target, pattern, where, 1, out);
    expect(out[0]).toBe(target.data[0]);
    expect(out[8 * 16 + 8]).not.toBe(target.data[8 * 16 + 8]);
    const before = localMean(target, 1);
    const after = localMean({ width: 16, height: 16, data: out }, 1);
    for (let i = 0; i < 256; i++) if (where[i]) expect(Math.abs(after[i] - before[i])).toBeLessThan(0.06);
    const a = localStats({ width: 16, height: 16, data: out }, 1).std[7 * 16 + 7];
    expect(a).toBeGreaterThan(0.06);
    expect(a).toBeLessThan(0.14);
  });

  it('keeps a flat target flat, unless given a floor for the contrast', () => {
    const flat = { width: 8, height: 8, data: new Float32Array(64).fill(0.3) };
    const pattern = checker(8, 0, 1);
    const all = new Uint8Array(64).fill(1);
    const out = flat.data.slice();
    transferLocalStats(flat, pattern, all, 1, out);
    expect(out.every((v) => Math.abs(v - 0.3) < 1e-6)).toBe(true);
    transferLocalStats(flat, pattern, all, 1, out, 0.05);
    const std = localStats({ width: 8, height: 8, data: out }, 1).std[27];
    expect(std).toBeGreaterThan(0.04);
    expect(std).toBeLessThan(0.06);
  });

  it('matches the region mean even after clamping', () => {
    const target = { width: 4, height: 1, data: Float32Array.of(0.9, 0.95, 0.5, 0.2) };
    const out = Float32Array.of(1, 1, 0.8, 0.2);
    matchRegionMean(target, out, Uint8Array.of(1, 1, 1, 0));
    expect((out[0] + out[1] + out[2]) / 3).toBeCloseTo((0.9 + 0.95 + 0.5) / 3, 4);
    expect(out[3]).toBe(Math.fround(0.2));
  });
});
