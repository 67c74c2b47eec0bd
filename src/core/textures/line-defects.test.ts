import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { generateLeather } from './leather';
import { cropImage, type GrayImage } from './gray-image';
import { pairedScratch, scratch, thread, type Painter } from './line-defects';

const crop = cropImage(generateLeather(1, { size: 128 }), 20, 20, 64);

function paint(painter: Painter, src: GrayImage, seed: number) {
  const out = src.data.slice();
  const footprint = new Uint8Array(out.length);
  painter(src, out, footprint, createRng(seed), 1);
  return { out, footprint };
}

describe('line defects', () => {
  it('write only inside their footprint', () => {
    for (const painter of [scratch(-1), scratch(1), pairedScratch, thread]) {
      const { out, footprint } = paint(painter, crop, 4);
      for (let i = 0; i < out.length; i++) if (!footprint[i]) expect(out[i]).toBe(crop.data[i]);
    }
  });

  it('a dark scratch maps v to 0.04 + 0.25·v, a bright one to 0.76 + 0.24·v', () => {
    const dark = paint(scratch(-1), crop, 1);
    const bright = paint(scratch(1), crop, 1);
    for (let i = 0; i < crop.data.length; i++) {
      if (dark.footprint[i]) expect(dark.out[i]).toBeCloseTo(0.04 + 0.25 * crop.data[i], 6);
      if (bright.footprint[i]) expect(bright.out[i]).toBeCloseTo(0.76 + 0.24 * crop.data[i], 6);
    }
    expect(dark.footprint).toEqual(bright.footprint);
  });

  it('the paired scratch darkens one side and brightens the other by the same total', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { out, footprint } = paint(pairedScratch, crop, seed);
      let added = 0;
      let removed = 0;
      for (let i = 0; i < out.length; i++) {
        if (!footprint[i]) continue;
        const d = out[i] - crop.data[i];
        if (d > 0) added += d;
        else removed -= d;
      }
      expect(removed).toBeGreaterThan(5);
      expect(Math.abs(added - removed) / removed).toBeLessThan(1e-5);
    }
  });

  it('a thread is a dark or a bright curve 2–3 px wide', () => {
    const tones = new Set<string>();
    for (let seed = 0; seed < 10; seed++) {
      const { out, footprint } = paint(thread, crop, seed);
      let sum = 0;
      let n = 0;
      for (let i = 0; i < out.length; i++) if (footprint[i]) { sum += out[i]; n++; }
      const mean = sum / n;
      expect(mean < 0.25 || mean > 0.85).toBe(true);
      tones.add(mean < 0.5 ? 'dark' : 'bright');
    }
    expect(tones.size).toBe(2);
  });
});
