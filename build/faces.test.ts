import { describe, expect, it } from 'vitest';
import { FACE_SIZE } from '../src/core/pipeline/conv-ae-pca-types';
import { renderIdentity } from './faces';

/** Rows where a face's two renders differ. */
function changedRows(a: Uint8Array, b: Uint8Array): number[] {
  const rows = new Set<number>();
  a.forEach((v, p) => v !== b[p] && rows.add(Math.floor(p / FACE_SIZE)));
  return [...rows].sort((x, y) => x - y);
}

describe('renderIdentity', () => {
  it.each(['lorelei', 'notionists', 'open-peeps'] as const)('%s: the same seed gives the same bytes, and glasses change only a band around the eyes', (style) => {
    const a = renderIdentity(style, 'normal', 950, true);
    const b = renderIdentity(style, 'normal', 950, true);
    expect(a.plain).toEqual(b.plain);
    expect(a.glasses).toEqual(b.glasses);
    const rows = changedRows(a.plain, a.glasses!);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]).toBeGreaterThan(10);
    expect(rows.at(-1)!).toBeLessThan(50);
    expect(renderIdentity(style, 'normal', 3, false).glasses).toBeNull();
  });

  it('shifts the hard variant and blends its glasses in at reduced contrast', () => {
    const normal = renderIdentity('lorelei', 'normal', 960, true);
    const hard = renderIdentity('lorelei', 'hard', 960, true);
    expect(hard.plain).not.toEqual(normal.plain);
    const darkest = (g: Uint8Array, plain: Uint8Array) => Math.max(...Array.from(g, (v, p) => plain[p] - v));
    expect(darkest(hard.glasses!, hard.plain)).toBeLessThan(0.75 * 255);
  });
});
