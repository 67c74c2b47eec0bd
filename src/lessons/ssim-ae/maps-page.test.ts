import { describe, expect, it } from 'vitest';
import { mapsOffset, mapsPageStart } from './maps-page';

/** The texture protocol's test labels: `normal` normal crops first, then `defective` ones. */
const labels = (normal: number, defective: number) => Uint8Array.from({ length: normal + defective }, (_, i) => (i < normal ? 0 : 1));

describe('the Maps cell’s pages', () => {
  it('opens on the first defective crop, keeping a page full (on the first crop when none is defective)', () => {
    expect(mapsPageStart(0, labels(48, 48))).toBe(48);
    expect(mapsPageStart(0, labels(7, 6))).toBe(5);
    expect(mapsPageStart(0, labels(12, 0))).toBe(0);
    expect(mapsPageStart(0, labels(3, 2))).toBe(0);
    expect(mapsPageStart(0, Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 1))).toBe(0);
  });

  it('goes back to the normal crops and forward again: offsets count from the first defective crop', () => {
    const l = labels(48, 48);
    expect(mapsOffset(40, l)).toBe(-8);
    expect(mapsPageStart(mapsOffset(40, l), l)).toBe(40);
    expect(mapsPageStart(mapsOffset(0, l), l)).toBe(0);
    expect(mapsPageStart(mapsOffset(96, l), l)).toBe(88);
  });
});
