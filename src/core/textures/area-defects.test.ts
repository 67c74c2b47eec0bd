import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { contamination, fold, hole, stain } from './area-defects';
import { cropImage, type GrayImage } from './gray-image';
import { generateCarpet } from './carpet';
import { imageStats } from './image-stats';
import type { Painter } from './line-defects';
import { localStats } from './local-stats';

function paint(painter: Painter, src: GrayImage, seed: number) {
  const out = src.data.slice();
  const footprint = new Uint8Array(out.length);
  painter(src, out, footprint, createRng(seed), 1);
  return { out, footprint };
}

const flat = (v: number): GrayImage => ({ width: 48, height: 48, data: new Float32Array(48 * 48).fill(v) });
const carpet = cropImage(generateCarpet(2, { size: 160 }), 30, 30, 64);

describe('area defects', () => {
  it('a hole is a dark floor', () => {
    const { out, footprint } = paint(hole, carpet, 3);
    const s = imageStats({ width: 64, height: 64, data: out }, footprint);
    expect(s.max).toBeLessThan(0.25);
    expect(s.mean).toBeLessThan(0.15);
  });

  it('a stain darkens a bright surface and brightens a dark one, by 15–25 % at its centre and less at its edge', () => {
    for (const [level, sign] of [[0.9, -1], [0.1, 1]] as const) {
      const { out, footprint } = paint(stain, flat(level), 5);
      const deltas = [...out].map((v, i) => (footprint[i] ? (v - level) * sign : 0)).filter((d) => d !== 0);
      expect(Math.min(...deltas)).toBeGreaterThan(0);
      expect(Math.max(...deltas)).toBeGreaterThan(0.14);
      expect(Math.max(...deltas)).toBeLessThan(0.25);
      expect(Math.min(...deltas)).toBeLessThan(0.25 * Math.max(...deltas));
    }
  });

  it('contamination keeps the blob\'s mean exactly and still shows on a flat surface', () => {
    const { out, footprint } = paint(contamination, flat(0.4), 2);
    const s = imageStats({ width: 48, height: 48, data: out }, footprint);
    expect(s.mean).toBeCloseTo(0.4, 5);
    expect(s.std).toBeGreaterThan(0.012);
    const onCarpet = paint(contamination, carpet, 2);
    expect(imageStats({ width: 64, height: 64, data: onCarpet.out }, onCarpet.footprint).mean).toBeCloseTo(imageStats(carpet, onCarpet.footprint).mean, 4);
  });

  it('a fold moves texture but changes nothing on a flat surface, and keeps local contrast', () => {
    const { out, footprint } = paint(fold, flat(0.6), 1);
    expect(footprint.some((v) => v === 1)).toBe(true);
    expect(out.every((v) => Math.abs(v - 0.6) < 1e-6)).toBe(true);
    const onCarpet = paint(fold, carpet, 1);
    const before = localStats(carpet, 3).std;
    const after = localStats({ width: 64, height: 64, data: onCarpet.out }, 3).std;
    let a = 0, b = 0, moved = 0;
    for (let i = 0; i < before.length; i++) {
      if (!onCarpet.footprint[i]) continue;
      a += before[i];
      b += after[i];
      if (Math.abs(onCarpet.out[i] - carpet.data[i]) > 0.05) moved++;
    }
    expect(b / a).toBeGreaterThan(0.9);
    expect(b / a).toBeLessThan(1.1);
    expect(moved).toBeGreaterThan(50);
  });
});
