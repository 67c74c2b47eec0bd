import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { bezier, blobRadius, blobReach, polylineBox, randomBlob, randomCurve, signedDistance } from './defect-shapes';

describe('defect shapes', () => {
  it('measures signed distances to a polyline, positive below a left-to-right segment', () => {
    const line = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }];
    expect(signedDistance(line, 5, 2)).toBeCloseTo(2, 12);
    expect(signedDistance(line, 5, -3)).toBeCloseTo(-3, 12);
    expect(signedDistance(line, 13, 5)).toBeCloseTo(-3, 12);
    expect(signedDistance(line, -3, -4)).toBeCloseTo(-5, 12);
  });

  it('samples Bézier curves from end to end, and a straight random curve has the asked length', () => {
    const curve = bezier({ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 1 }, { x: 3, y: 0 }, 10);
    expect(curve).toHaveLength(11);
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve[10]).toEqual({ x: 3, y: 0 });
    expect(curve[5].y).toBeCloseTo(0.75, 12);
    const straight = randomCurve(20, 20, 30, 0, createRng(1));
    let length = 0;
    for (let i = 1; i < straight.length; i++) length += Math.hypot(straight[i].x - straight[i - 1].x, straight[i].y - straight[i - 1].y);
    expect(length).toBeCloseTo(30, 9);
    expect(polylineBox(straight, 2, 32, 32)[0]).toBeGreaterThanOrEqual(0);
    expect(polylineBox([{ x: 5, y: 6 }, { x: 9, y: 7 }], 1, 8, 100)).toEqual([4, 5, 8, 9]);
  });

  it('blobs are 0 at their centre, 1 on their outline and inside their reach', () => {
    const blob = randomBlob(10, 10, 5, createRng(2));
    expect(blobRadius(blob, 10, 10)).toBe(0);
    const r = blob.radius * (1 + blob.harmonics.reduce((s, h) => s + h.a * Math.cos(h.phase), 0));
    expect(blobRadius(blob, 10 + r, 10)).toBeCloseTo(1, 12);
    for (let a = 0; a < 2 * Math.PI; a += 0.1) {
      const reach = blobReach(blob) + 1e-9;
      expect(blobRadius(blob, 10 + reach * Math.cos(a), 10 + reach * Math.sin(a))).toBeGreaterThanOrEqual(1);
    }
    expect(blob.harmonics.every((h) => h.a >= 0 && h.a <= 0.12)).toBe(true);
  });
});
