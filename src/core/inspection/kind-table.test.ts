import { describe, expect, it } from 'vitest';
import { NORMAL_KIND, kindTable } from './kind-table';
import { pixelRocPro } from './pixel-metrics';
import { syntheticMaps } from './synthetic-maps';

/** A 3×3 map of 0.1 with some pixels set. */
function map(set: Record<number, number> = {}): Float32Array {
  const m = new Float32Array(9).fill(0.1);
  for (const [i, v] of Object.entries(set)) m[Number(i)] = v;
  return m;
}
const mask = (i?: number) => Uint8Array.from({ length: 9 }, (_, p) => (p === i ? 1 : 0));

describe('kindTable on a hand-computed case', () => {
  // Test images: two defect-free, one of kind 0 (centre pixel), one of kind 1 (corner pixel).
  // Method a sees kind 0 and misses kind 1; method b the opposite.
  const kinds = [NORMAL_KIND, NORMAL_KIND, 0, 1];
  const masks = [mask(), mask(), mask(4), mask(0)];
  const validation = [map({ 0: 0.3 })];
  const table = kindTable({
    width: 3,
    height: 3,
    kinds,
    masks,
    methods: {
      a: { validation, test: [map({ 1: 0.2 }), map(), map({ 4: 0.9 }), map()] },
      b: { validation, test: [map({ 1: 0.2 }), map(), map(), map({ 0: 0.9 })] },
    },
    smoothing: { kind: 'none' },
    rule: { kind: 'min-area', minArea: 1 },
  });

  it('has one row per kind with its image count', () => {
    expect(table.rows.map((r) => [r.kind, r.images])).toEqual([[0, 1], [1, 1]]);
    expect(table.normalImages).toBe(2);
  });

  it('the method that sees a kind scores 1 on it', () => {
    for (const seen of [table.rows[0].metrics.a, table.rows[1].metrics.b]) {
      expect([seen.pixelAuroc, seen.imageAuroc, seen.tpr]).toEqual([1, 1, 1]);
      expect(seen.pro).toBeCloseTo(1, 14);
    }
  });

  it('the method that misses it: a defect pixel tied with 25 of 26 normal pixels', () => {
    const miss = table.rows[1].metrics.a;
    expect(miss.pixelAuroc).toBeCloseTo(12.5 / 26, 15);
    // PRO is 0 until FPR 1/26, then 1 at FPR 1: only the line between them, read at 0.3
    // (6.8/25), adds area: ½ · 0.272 · (0.3 − 1/26), normalised by 0.3.
    expect(miss.pro).toBeCloseTo((0.5 * 0.272 * (0.3 - 1 / 26)) / 0.3, 14);
    // Image scores: normals 0.2 and 0.1, the missed defect 0.1.
    expect(miss.imageAuroc).toBe(0.25);
    expect(miss.tpr).toBe(0);
    expect(table.rows[0].metrics.b.pixelAuroc).toBeCloseTo(12.5 / 26, 15);
  });

  it('overall: the protocol threshold comes from validation (just above 0.3), TNR 1, TPR 1/2', () => {
    const a = table.overall.a;
    expect(a.rule).toEqual({ threshold: Math.fround(0.3) + 2 ** -25, minArea: 1, validationLargestArea: 0 });
    expect([a.tpr, a.tnr, a.tprPlusTnr]).toEqual([0.5, 1, 1.5]);
    expect(Array.from(a.flagged)).toEqual([0, 0, 1, 0]);
    // d0 beats both normals, d1 ties n1 and loses to n0: 2.5 / 4.
    expect(a.imageAuroc).toBe(0.625);
    expect(Array.from(a.imageScores)).toEqual([0.2, 0.1, 0.9, 0.1].map(Math.fround));
    expect(a.pixel.roc.fpr.length).toBeGreaterThan(2);
  });
});

describe('kindTable on synthetic maps', () => {
  const { maps, masks, kinds } = syntheticMaps(11, 30, 24, 24, { kinds: 2 });
  const normalValidation = syntheticMaps(12, 5, 24, 24, { defectFraction: 0 }).maps;
  const noisy = maps.map((m, k) => Float32Array.from(m, (v, p) => v * 0.5 + 0.5 * (((p * 7919 + k * 104729) % 1000) / 1000)));
  const table = kindTable({
    width: 24,
    height: 24,
    kinds,
    masks,
    methods: { clean: { validation: normalValidation, test: maps }, noisy: { validation: normalValidation, test: noisy } },
    smoothing: { kind: 'gaussian', sigma: 1.5 },
    rule: { kind: 'quantile', q: 0.999 },
  });

  it('overall and per-kind pixel metrics equal pixelRocPro on the same images', () => {
    expect(table.overall.clean.pixelAuroc).toBe(pixelRocPro(maps, masks, 24, 24).auroc);
    const kind1 = Array.from(kinds.keys()).filter((i) => kinds[i] === 1 || kinds[i] === NORMAL_KIND);
    const ref = pixelRocPro(noisy, masks, 24, 24, { images: kind1 });
    expect(table.rows[1].metrics.noisy.pixelAuroc).toBe(ref.auroc);
    expect(table.rows[1].metrics.noisy.pro).toBe(ref.pro);
  });

  it('the cleaner maps win on every kind', () => {
    for (const row of table.rows) {
      expect(row.metrics.clean.pixelAuroc).toBeGreaterThan(row.metrics.noisy.pixelAuroc);
      expect(row.metrics.clean.pro).toBeGreaterThan(row.metrics.noisy.pro);
    }
    expect(table.rows.reduce((a, r) => a + r.images, 0) + table.normalImages).toBe(30);
  });

  it('rejects mismatched inputs', () => {
    const base = { width: 24, height: 24, kinds, masks, smoothing: { kind: 'none' }, rule: { kind: 'min-area', minArea: 5 } } as const;
    expect(() => kindTable({ ...base, methods: { x: { validation: normalValidation, test: maps.slice(1) } } })).toThrow('maps-count-mismatch');
    expect(() => kindTable({ ...base, kinds: [...kinds.slice(0, 29), -2], methods: { x: { validation: normalValidation, test: maps } } })).toThrow('kind-invalid');
    expect(() => kindTable({ ...base, masks: masks.slice(1), methods: { x: { validation: normalValidation, test: maps } } })).toThrow('masks-count-mismatch');
  });
});
