import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/pro-fixtures.json';
import { areaProtocol, flagImages, minAreaForThreshold, segmentMask, thresholdForMinArea } from './area-protocol';

const f32 = (values: number[]) => Float32Array.from(values);

// 4×3 validation maps: V0 has a 3-px warm streak (0.5) and a hot pixel (0.7); V1 a 2-px pair at 0.6.
const V0 = f32([0.1, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.7, 0.1, 0.1]);
const V1 = f32([0.2, 0.2, 0.2, 0.2, 0.6, 0.6, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);

describe('thresholdForMinArea (the paper: area given, threshold raised until no validation region reaches it)', () => {
  it('finds the smallest distinct validation score that works', () => {
    // At 0.5: V0's streak (3 px) and V1's pair (2 px) and V0's hot pixel; at 0.6: pair (2) and hot pixel (1).
    expect(thresholdForMinArea([V0, V1], 4, 3, 4)).toEqual({ threshold: Math.fround(0.5), minArea: 4, validationLargestArea: 3 });
    expect(thresholdForMinArea([V0, V1], 4, 3, 3)).toEqual({ threshold: Math.fround(0.6), minArea: 3, validationLargestArea: 2 });
    expect(thresholdForMinArea([V0, V1], 4, 3, 2)).toEqual({ threshold: Math.fround(0.7), minArea: 2, validationLargestArea: 1 });
  });

  it('goes one float32 above the highest score when even a single pixel is too large', () => {
    const rule = thresholdForMinArea([V0, V1], 4, 3, 1);
    expect(rule.threshold).toBe(Math.fround(0.7) + 2 ** -24);
    expect(rule.validationLargestArea).toBe(0);
  });

  it('stays at the lowest score when the area exceeds the image', () => {
    expect(thresholdForMinArea([V0, V1], 4, 3, 13).threshold).toBe(Math.fround(0.1));
  });

  it('equals a linear scan with scipy.ndimage.label on the fixture (6 areas)', () => {
    const c = fixtures.minArea;
    const maps = c.maps.map(f32);
    for (const row of c.rows) {
      expect(thresholdForMinArea(maps, c.width, c.height, row.minArea)).toEqual({ threshold: row.threshold, minArea: row.minArea, validationLargestArea: row.largestArea });
    }
  });

  it('rejects a bad area or no maps', () => {
    expect(() => thresholdForMinArea([V0], 4, 3, 0)).toThrow('min-area-invalid');
    expect(() => thresholdForMinArea([V0], 4, 3, 2.5)).toThrow('min-area-invalid');
    expect(() => thresholdForMinArea([], 4, 3, 2)).toThrow('no-validation-maps');
    expect(() => thresholdForMinArea([V0], 3, 3, 2)).toThrow('map-size-mismatch');
  });
});

describe('minAreaForThreshold (the variant: threshold given)', () => {
  it('takes the largest validation region + 1', () => {
    expect(minAreaForThreshold([V0, V1], 4, 3, 0.45)).toEqual({ threshold: 0.45, minArea: 4, validationLargestArea: 3 });
    expect(minAreaForThreshold([V0, V1], 4, 3, 0.9)).toEqual({ threshold: 0.9, minArea: 1, validationLargestArea: 0 });
  });
});

describe('flagImages, segmentMask and areaProtocol', () => {
  // Test maps: T0 defect-free with one warm pixel; T1 a 4-px diagonal+edge region at 0.8; T2 a 2-px column at 0.9; T3 a 2-px pair at 0.6.
  const T0 = f32([0.1, 0.1, 0.1, 0.1, 0.1, 0.55, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
  const T1 = f32([0.8, 0.1, 0.1, 0.1, 0.1, 0.8, 0.8, 0.1, 0.1, 0.1, 0.8, 0.1]);
  const T2 = f32([0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.1]);
  const T3 = f32([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.6, 0.6, 0.1, 0.1]);

  it('segments with ≥', () => {
    expect(Array.from(segmentMask(T3, Math.fround(0.6)))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(() => segmentMask(T3, NaN)).toThrow('threshold-invalid');
  });

  it('flags images with a large enough 8-connected region (4-connected splits T1)', () => {
    expect(Array.from(flagImages([T0, T1, T2, T3], 4, 3, { threshold: 0.5, minArea: 4 }))).toEqual([0, 1, 0, 0]);
    expect(Array.from(flagImages([T0, T1, T2, T3], 4, 3, { threshold: 0.5, minArea: 4 }, 4))).toEqual([0, 0, 0, 0]);
  });

  it('runs the paper protocol: rule from validation only, then TPR, TNR and their sum', () => {
    const r = areaProtocol({ width: 4, height: 3, validation: [V0, V1], test: [T0, T1, T2, T3], labels: [0, 1, 1, 1], choice: { kind: 'min-area', minArea: 2 } });
    // Threshold 0.7 (from above): T1 (4 px at 0.8) and T2 (2 px at 0.9) are caught, T3 (0.6) is missed, T0 passes.
    expect([r.threshold, r.minArea]).toEqual([Math.fround(0.7), 2]);
    expect(Array.from(r.flagged)).toEqual([0, 1, 1, 0]);
    expect([r.tp, r.fn, r.tn, r.fp]).toEqual([2, 1, 1, 0]);
    expect([r.tpr, r.tnr, r.tprPlusTnr]).toEqual([2 / 3, 1, 2 / 3 + 1]);
  });

  it('runs the variant: threshold = a quantile of the validation scores', () => {
    // 24 validation pixels; the 0.9-quantile (numpy 'linear') is 0.5 + 0.7·(0.6 − 0.5) = 0.57.
    const r = areaProtocol({ width: 4, height: 3, validation: [V0, V1], test: [T0, T1, T2, T3], labels: [0, 1, 1, 1], choice: { kind: 'quantile', q: 0.9 } });
    expect(r.threshold).toBeCloseTo(0.57, 6);
    expect([r.minArea, r.validationLargestArea]).toEqual([3, 2]);
    expect(Array.from(r.flagged)).toEqual([0, 1, 0, 0]);
    expect(Number.isNaN(areaProtocol({ width: 4, height: 3, validation: [V0], test: [T0], labels: [0], choice: { kind: 'min-area', minArea: 2 } }).tpr)).toBe(true);
  });

  it('checks labels', () => {
    const base = { width: 4, height: 3, validation: [V0], test: [T0], choice: { kind: 'min-area', minArea: 2 } } as const;
    expect(() => areaProtocol({ ...base, labels: [0, 1] })).toThrow('labels-count-mismatch');
    expect(() => areaProtocol({ ...base, labels: [2] })).toThrow('label-invalid');
  });
});
