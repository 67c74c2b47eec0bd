import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/pro-fixtures.json';
import { componentScratch, labelComponents, largestComponentArea } from './connected-components';

// 4 wide, 4 high: a diagonal chain (0,0)-(1,1), a vertical pair at x = 3, an L at the bottom left, a single pixel.
const MASK = [1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1];

describe('labelComponents', () => {
  it('8-connectivity joins corner neighbours (scipy with np.ones((3, 3)))', () => {
    const c = labelComponents(MASK, 4, 4, 8);
    expect(Array.from(c.labels)).toEqual([1, 0, 0, 2, 0, 1, 0, 2, 1, 0, 0, 0, 1, 1, 0, 3]);
    expect(c.count).toBe(3);
    expect(Array.from(c.areas)).toEqual([8, 5, 2, 1]);
  });

  it('4-connectivity keeps them apart (scipy default cross)', () => {
    const c = labelComponents(MASK, 4, 4, 4);
    expect(Array.from(c.labels)).toEqual([1, 0, 0, 2, 0, 3, 0, 2, 4, 0, 0, 0, 4, 4, 0, 5]);
    expect(Array.from(c.areas)).toEqual([8, 1, 2, 1, 3, 1]);
  });

  it('an empty and a full mask', () => {
    expect(labelComponents(new Uint8Array(6), 3, 2).count).toBe(0);
    const full = labelComponents(new Uint8Array(6).fill(255), 3, 2);
    expect(full.count).toBe(1);
    expect(Array.from(full.areas)).toEqual([0, 6]);
  });

  it('equals scipy.ndimage.label on every fixture mask, label numbers included', () => {
    let checked = 0;
    for (const c of fixtures.pro) {
      c.masks.forEach((mask, i) => {
        expect(Array.from(labelComponents(mask, c.width, c.height, 8).labels)).toEqual(c.labels8[i]);
        expect(Array.from(labelComponents(mask, c.width, c.height, 4).labels)).toEqual(c.labels4[i]);
        checked++;
      });
    }
    expect(checked).toBe(18);
  });

  it('rejects a mask whose length is not width·height', () => {
    expect(() => labelComponents(new Uint8Array(5), 3, 2)).toThrow('map-size-mismatch');
    expect(() => labelComponents(new Uint8Array(0), 0, 0)).toThrow('image-size-invalid');
  });
});

describe('largestComponentArea', () => {
  const map = Float32Array.from(MASK, (v, i) => (v ? 0.5 + i / 100 : 0.1));

  it('thresholds with ≥ and measures the largest component', () => {
    expect(largestComponentArea(map, 4, 4, 0.5)).toBe(5);
    expect(largestComponentArea(map, 4, 4, 0.5, 4)).toBe(3);
    expect(largestComponentArea(map, 4, 4, 0.1)).toBe(16);
    expect(largestComponentArea(map, 4, 4, Math.fround(0.5 + 15 / 100))).toBe(1);
    expect(largestComponentArea(map, 4, 4, 0.9)).toBe(0);
  });

  it('reuses its scratch arrays between images', () => {
    const scratch = componentScratch(4, 4);
    expect(largestComponentArea(map, 4, 4, 0.5, 8, scratch)).toBe(5);
    expect(largestComponentArea(new Float32Array(16).fill(1), 4, 4, 0.5, 8, scratch)).toBe(16);
    expect(() => largestComponentArea(new Float32Array(25), 5, 5, 0, 8, scratch)).toThrow('scratch-too-small');
  });
});
