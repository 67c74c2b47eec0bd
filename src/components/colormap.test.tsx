import { describe, expect, it } from 'vitest';
import { toRgba } from './colormap';

const px = (rgba: Uint8ClampedArray, i: number) => Array.from(rgba.slice(i * 4, i * 4 + 4));

describe('toRgba', () => {
  it('gray: maps [0,1] to 0..255 with opaque alpha, clamping and NaN → 0', () => {
    const out = toRgba(new Float32Array([0, 0.5, 1, 1.7, -0.2, Number.NaN]), 'gray');
    expect(out.length).toBe(24);
    expect(px(out, 0)).toEqual([0, 0, 0, 255]);
    expect(px(out, 1)).toEqual([128, 128, 128, 255]);
    expect(px(out, 2)).toEqual([255, 255, 255, 255]);
    expect(px(out, 3)).toEqual([255, 255, 255, 255]);
    expect(px(out, 4)).toEqual([0, 0, 0, 255]);
    expect(px(out, 5)).toEqual([0, 0, 0, 255]);
  });

  it('gray: vmax rescales', () => {
    expect(px(toRgba([0.1, 0.2], 'gray', 0.2), 0)).toEqual([128, 128, 128, 255]);
    expect(px(toRgba([0.1, 0.2], 'gray', 0.2), 1)).toEqual([255, 255, 255, 255]);
  });

  it('heat: 0 is black, vmax is inferno pale yellow, midpoint is inferno magenta-red', () => {
    const out = toRgba([0, 1, 0.5], 'heat');
    expect(px(out, 0)).toEqual([0, 0, 0, 255]);
    expect(px(out, 1)).toEqual([252, 255, 164, 255]);
    const [r, g, b] = px(out, 2);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(60);
    expect(b).toBeGreaterThan(80);
  });

  it('heat: luminance increases monotonically', () => {
    const ramp = Float32Array.from({ length: 256 }, (_, i) => i / 255);
    const out = toRgba(ramp, 'heat');
    let prev = -1;
    for (let i = 0; i < 256; i++) {
      const y = 0.2126 * out[i * 4] + 0.7152 * out[i * 4 + 1] + 0.0722 * out[i * 4 + 2];
      expect(y).toBeGreaterThanOrEqual(prev - 0.5);
      prev = y;
    }
  });
});
