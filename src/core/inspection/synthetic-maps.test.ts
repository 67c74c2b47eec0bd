import { describe, expect, it } from 'vitest';
import { NORMAL_KIND } from './kind-table';
import { syntheticMaps } from './synthetic-maps';

describe('syntheticMaps', () => {
  it('is deterministic for a seed and deals kinds in turn', () => {
    const a = syntheticMaps(5, 40, 16, 12, { kinds: 4 });
    const b = syntheticMaps(5, 40, 16, 12, { kinds: 4 });
    expect(a.maps).toEqual(b.maps);
    expect(a.masks).toEqual(b.masks);
    const defects = Array.from(a.kinds).filter((k) => k !== NORMAL_KIND);
    expect(defects.slice(0, 6)).toEqual([0, 1, 2, 3, 0, 1]);
    expect(defects.length).toBeGreaterThan(20);
    expect(defects.length).toBeLessThan(38);
  });

  it('gives defect images a nonempty mask, normal images an empty one, and scores in [0, 1)', () => {
    const s = syntheticMaps(1, 30, 20, 20, { defectFraction: 0.5, contrast: 0.5 });
    s.kinds.forEach((k, i) => {
      const pixels = s.masks[i].reduce((a, v) => a + v, 0);
      if (k === NORMAL_KIND) expect(pixels).toBe(0);
      else expect(pixels).toBeGreaterThan(0);
      for (let p = 0; p < 400; p++) {
        expect(s.maps[i][p]).toBeGreaterThanOrEqual(0);
        expect(s.maps[i][p]).toBeLessThan(s.masks[i][p] ? 1 : 0.5);
      }
    });
  });
});
