import { describe, expect, it } from 'vitest';
import { rocAuc, rocCurve } from '../metrics/roc';
import fixtures from './fixtures/pro-fixtures.json';
import { collectPixels } from './pixel-sample';
import { pixelMetrics, pixelRocPro } from './pixel-metrics';
import { syntheticMaps } from './synthetic-maps';

const f32 = (values: number[]) => Float32Array.from(values);
const u8 = (values: number[]) => Uint8Array.from(values);

// Two 3×1 images. Defects: 0.9 (region A, 1 px) and 0.6, 0.4 (region B, 2 px). Normals: 0.4, 0.1, 0.2.
const HAND_MAPS = [f32([0.9, 0.4, 0.1]), f32([0.6, 0.4, 0.2])];
const HAND_MASKS = [u8([1, 0, 0]), u8([1, 1, 0])];

describe('pixelRocPro on a hand-computed case', () => {
  const m = pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { proLimit: 0.3 });

  it('AUROC is the Mann–Whitney statistic with ties counted half: 8.5 / 9', () => {
    expect(m.auroc).toBeCloseTo(8.5 / 9, 15);
    expect([m.normalPixels, m.defectPixels, m.regions, m.distinctScores]).toEqual([3, 3, 2, 5]);
  });

  it('the ROC curve steps at each distinct score, ties as one step', () => {
    expect(Array.from(m.roc.fpr)).toEqual([0, 0, 0, 1 / 3, 2 / 3, 1]);
    expect(Array.from(m.roc.tpr)).toEqual([0, 1 / 3, 2 / 3, 1, 1, 1]);
    expect(Array.from(m.roc.thresholds)).toEqual([Infinity, 0.9, 0.6, 0.4, 0.2, 0.1].map(Math.fround));
  });

  it('PRO: regions count equally (0.5, 0.75, 1), interpolated at FPR 0.3, normalised', () => {
    // Area: trapezoid from (0, 0.75) to (0.3, 0.975) = 0.25875; / 0.3.
    expect(m.pro).toBeCloseTo(0.8625, 14);
    expect(Array.from(m.proCurve.fpr)).toEqual([0, 0, 0, 0.3]);
    expect(m.proCurve.pro[3]).toBeCloseTo(0.975, 14);
    expect(Array.from(m.proCurve.pro.slice(0, 3))).toEqual([0, 0.5, 0.75]);
    expect(Number.isNaN(m.proCurve.thresholds[3])).toBe(true);
  });

  it('PRO up to FPR 1 and up to a limit that is a curve point', () => {
    expect(pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { proLimit: 1 }).pro).toBeCloseTo(0.875 / 3 + 2 / 3, 14);
    // 1/3 is a point: no interpolation; area 0.5·(0.75 + 1)·(1/3), normalised by 1/3.
    expect(pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { proLimit: 1 / 3 }).pro).toBeCloseTo(0.875, 14);
  });

  it('4-connectivity splits a diagonal region, which changes PRO but not AUROC', () => {
    const maps = [f32([0.9, 0.1, 0.1, 0.5])];
    const masks = [u8([1, 0, 0, 1])];
    const eight = pixelRocPro(maps, masks, 2, 2, { proLimit: 1 });
    const four = pixelRocPro(maps, masks, 2, 2, { proLimit: 1, connectivity: 4 });
    expect([eight.regions, four.regions]).toEqual([1, 2]);
    expect(eight.auroc).toBe(four.auroc);
    // Both flagged at FPR 0, so PRO is 1 for both curves.
    expect(eight.pro).toBeCloseTo(1, 14);
  });
});

describe('pixelRocPro against the Python reference (scripts/fixtures/pro_fixtures.py)', () => {
  for (const c of fixtures.pro) {
    it(`${c.name}: PRO (MVTec AD code) to 1e-6, AUROC (scikit-learn) to 1e-12`, () => {
      const maps = c.maps.map(f32);
      const masks = c.masks.map(u8);
      const sample = collectPixels(maps, masks, c.width, c.height);
      for (const ref of c.pro) {
        const got = pixelMetrics(sample, { proLimit: ref.limit });
        expect(Math.abs(got.pro - ref.proMvtec)).toBeLessThan(1e-6);
        expect(Math.abs(got.pro - ref.proExact)).toBeLessThan(1e-12);
        expect(Math.abs(got.auroc - c.pixelAuroc)).toBeLessThan(1e-12);
        expect(got.regions).toBe(c.regions);
        expect(got.distinctScores).toBe(c.curvePoints - 2);
      }
    });
  }
});

describe('pixelRocPro against roc.ts on 150,000 pixels', () => {
  const data = syntheticMaps(3, 24, 80, 78);
  const scores = new Float64Array(24 * 80 * 78);
  const labels = new Uint8Array(scores.length);
  data.maps.forEach((m, k) => scores.set(m, k * m.length));
  data.masks.forEach((m, k) => labels.set(m, k * m.length));

  it('has the same AUROC, exactly', () => {
    const m = pixelRocPro(data.maps, data.masks, 80, 78);
    expect(m.auroc).toBe(rocAuc(scores, labels));
    expect(m.auroc).toBeGreaterThan(0.6);
    expect(m.auroc).toBeLessThan(0.95);
  });

  it('returns the whole exact curve when allowed enough points', () => {
    const exact = rocCurve(scores, labels);
    const m = pixelRocPro(data.maps, data.masks, 80, 78, { maxPoints: 1e9 });
    expect(m.roc.fpr.length).toBe(exact.fpr.length);
    expect(Array.from(m.roc.fpr)).toEqual(Array.from(exact.fpr));
    expect(Array.from(m.roc.tpr)).toEqual(Array.from(exact.tpr));
    expect(Array.from(m.roc.thresholds)).toEqual(Array.from(exact.thresholds));
  });

  it('thins to ≤ 1,000 exact points that follow the curve within the step', () => {
    const exact = rocCurve(scores, labels);
    const m = pixelRocPro(data.maps, data.masks, 80, 78);
    expect(exact.fpr.length).toBeGreaterThan(100_000);
    expect(m.roc.fpr.length).toBeLessThanOrEqual(1000);
    expect(m.roc.fpr.length).toBeGreaterThan(900);
    expect(m.proCurve.fpr.length).toBeLessThanOrEqual(1000);
    const index = new Map(Array.from(exact.thresholds, (t, i) => [t, i] as const));
    let prev = -1;
    m.roc.thresholds.forEach((t, k) => {
      const i = index.get(t)!;
      expect(i).toBeGreaterThan(prev);
      expect([m.roc.fpr[k], m.roc.tpr[k]]).toEqual([exact.fpr[i], exact.tpr[i]]);
      prev = i;
    });
    expect([m.roc.fpr.at(-1), m.roc.tpr.at(-1)]).toEqual([1, 1]);
    expect(m.proCurve.fpr.at(-1)).toBe(0.3);
  });
});

describe('pixelRocPro edge cases', () => {
  it('is NaN with empty curves when no pixel is a defect', () => {
    const m = pixelRocPro([f32([0.1, 0.2])], [u8([0, 0])], 2, 1);
    expect(Number.isNaN(m.auroc)).toBe(true);
    expect(Number.isNaN(m.pro)).toBe(true);
    expect(m.roc.fpr.length + m.proCurve.fpr.length).toBe(0);
  });

  it('counts −0 and +0 as one score', () => {
    const m = pixelRocPro([f32([-0, 0])], [u8([1, 0])], 2, 1);
    expect(m.distinctScores).toBe(1);
    expect(m.auroc).toBe(0.5);
  });

  it('rejects bad input with codes', () => {
    expect(() => pixelRocPro([f32([NaN, 0])], [u8([1, 0])], 2, 1)).toThrow('score-not-finite');
    expect(() => pixelRocPro([f32([1, 0])], [u8([1, 0, 0])], 2, 1)).toThrow('map-size-mismatch');
    expect(() => pixelRocPro([f32([1, 0])], [], 2, 1)).toThrow('maps-masks-count-mismatch');
    expect(() => pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { proLimit: 0 })).toThrow('pro-limit-invalid');
    expect(() => pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { maxPoints: 2 })).toThrow('max-points-invalid');
    expect(() => pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { images: [2] })).toThrow('image-index-out-of-range');
    expect(() => pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { images: [1, 1] })).toThrow('image-index-repeated');
  });

  it('uses only the chosen images', () => {
    const m = pixelRocPro(HAND_MAPS, HAND_MASKS, 3, 1, { images: [1] });
    expect([m.normalPixels, m.defectPixels, m.regions]).toEqual([1, 2, 1]);
    // Defects 0.6, 0.4 against the normal 0.2.
    expect(m.auroc).toBe(1);
  });
});
