import { describe, expect, it } from 'vitest';
import { layerAlpha, nearestSeries, overlayRasterizer, project, rasterizeOverlay, valueRange, type OverlayFrame } from './overlay-draw';

const FRAME: OverlayFrame = { left: 10, top: 0, width: 100, height: 50, yMin: -1, yMax: 1 };
// 3 series of length 3
const X = Float32Array.from([0, 1, 0, -1, 0, 1, 0.5, 0.5, 0.5]);

describe('overlay drawing', () => {
  it('rasterises each layer as translucent lines and composites later layers on top', () => {
    const frame: OverlayFrame = { left: 0, top: 0, width: 9, height: 4, yMin: 0, yMax: 4 };
    // two flat series at value 2 (pixel row boundary y = 2) and one at 3.5 (row 0.5 → row 0)
    const x = Float32Array.from([2, 2, 2, 2, 3.5, 3.5]);
    const px = rasterizeOverlay(x, 2, [{ rows: [0, 1], color: '#0000ff', alpha: 0.5 }, { rows: [2], color: '#ff0000', alpha: 0.5 }], frame, 10, 4);
    const at = (col: number, row: number) => Array.from(px.subarray((row * 10 + col) * 4, (row * 10 + col) * 4 + 4));
    // y = 2 splits each sample between rows 1 and 2: 0.5 hits per line, 1 hit for both lines → alpha 0.5
    expect(at(4, 1)).toEqual([0, 0, 255, 128]);
    expect(at(4, 2)).toEqual([0, 0, 255, 128]);
    expect(at(4, 0)).toEqual([255, 0, 0, 128]);
    expect(at(4, 3)).toEqual([0, 0, 0, 0]);
    expect(project(frame, 2, 1, 0)).toEqual([9, 4]);
  });

  it('gives the same image one series at a time as in one go', () => {
    const layers = [{ rows: [0, 1], color: '#0072b2', alpha: 0.3 }, { rows: [2], color: '#d55e00', alpha: 0.6 }];
    const whole = rasterizeOverlay(X, 3, layers, FRAME, 120, 50);
    const r = overlayRasterizer(X, 3, layers, FRAME, 120, 50);
    const steps: boolean[] = [];
    for (let i = 0; i < 3; i++) steps.push(r.step(1));
    expect(steps).toEqual([false, false, true]);
    expect(r.pixels()).toEqual(whole);
    expect(whole.some((v) => v > 0)).toBe(true);
  });

  it('fades big layers, pads the value range, and picks the series nearest a click', () => {
    expect(layerAlpha(10_000)).toBe(0.01);
    expect(layerAlpha(100)).toBe(0.1);
    expect(layerAlpha(1)).toBe(0.7);
    expect(valueRange(Float32Array.from([-1, 3]))).toEqual([-1.2, 3.2]);
    expect(valueRange(new Float32Array(0))).toEqual([-1, 1]);
    // click at step 1 (x = 60), value 0.4 (y = 15): series 2 (0.5) is nearest, then 1 (0), then 0 (1)
    expect(nearestSeries(X, 3, [0, 1, 2], FRAME, 60, 15)).toBe(2);
    expect(nearestSeries(X, 3, [0, 1], FRAME, 60, 15)).toBe(1);
    expect(nearestSeries(X, 3, [0], FRAME, 60, 15)).toBe(0);
    expect(nearestSeries(X, 3, [], FRAME, 60, 15)).toBeNull();
    expect(nearestSeries(X, 3, [0], FRAME, 5, 15)).toBeNull();
  });
});
