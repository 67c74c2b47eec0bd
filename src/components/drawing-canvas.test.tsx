import { describe, expect, it } from 'vitest';
import { paint } from './drawing-canvas';

describe('drawing canvas', () => {
  it('paints a soft round stroke, clipped to the image, and erases', () => {
    const img = new Float32Array(28 * 28);
    paint(img, 28, 0.5, 0.5, false);
    expect(img[0]).toBeGreaterThan(0.5);
    expect(img[1]).toBeGreaterThan(0);
    expect(img[5]).toBe(0);
    paint(img, 28, 0.5, 0.5, true);
    expect(img[0]).toBe(0);
  });
});
