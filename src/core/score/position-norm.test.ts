import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { fitPositionMeans, normalizeByPosition, positionNormalized } from './position-norm';
import type { WindowScores } from './window-scores';

const f32 = (xs: number[]) => Float32Array.from(xs);

function scores(grid: number, oldMap: number[], newMap: number[]): WindowScores {
  const per = grid * grid;
  const max = (m: number[]) => f32(Array.from({ length: m.length / per }, (_, i) => Math.max(...m.slice(i * per, (i + 1) * per))));
  return { grid, oldMap: f32(oldMap), old: max(oldMap), news: [{ floor: 0.01, map: f32(newMap), image: max(newMap) }], minSigma2: 0.5 };
}

describe('fitPositionMeans', () => {
  it('averages each window position over the images', () => {
    expect(Array.from(fitPositionMeans(f32([1, 2, 3, 4, 3, 6, 5, 8]), 4))).toEqual([2, 4, 4, 6]);
  });

  it('refuses maps that do not split into images, and empty ones', () => {
    expect(() => fitPositionMeans(f32([1, 2, 3]), 2)).toThrow(new ProblemError(problem('position-split', { scores: 3, perImage: 2 })));
    expect(() => fitPositionMeans(f32([]), 4)).toThrow(new ProblemError(problem('no-held-out', {})));
  });
});

describe('normalizeByPosition', () => {
  it('divides by the position mean, with a floor relative to the overall mean', () => {
    // Means [4, 0, 2, 2]: overall mean 2, floor 0.25 × 2 = 0.5 replaces the 0.
    const out = normalizeByPosition(f32([8, 1, 1, 2, 4, 0, 2, 6]), f32([4, 0, 2, 2]), 0.25);
    expect(Array.from(out)).toEqual([2, 2, 0.5, 1, 1, 0, 1, 3]);
  });
});

describe('positionNormalized', () => {
  it('turns a window that is large everywhere into an ordinary one, and ranks the unusual window first', () => {
    // 1×… grid of 2×2 windows; position 0 is always large on normals (≈10), position 3 always small (≈1).
    const normals = scores(2, [10, 1, 1, 1, 12, 1, 1, 1], [10, 1, 1, 1, 12, 1, 1, 1]);
    // Image A: big only where normals are big. Image B: moderately big where normals are small.
    const test = scores(2, [11, 1, 1, 1, 5, 1, 1, 4], [11, 1, 1, 1, 5, 1, 1, 4]);
    expect(test.old[0]).toBeGreaterThan(test.old[1]);
    const p = positionNormalized(test, normals, 0);
    expect(p.old[0]).toBeCloseTo(1, 6);
    expect(p.old[1]).toBeCloseTo(4, 6);
    expect(Array.from(p.news[0].image)).toEqual(Array.from(p.old));
    expect(p.news[0].floor).toBe(0.01);
    expect(Array.from(test.oldMap)).toEqual([11, 1, 1, 1, 5, 1, 1, 4]);
  });

  it('refuses held-out scores of another grid or without the same σ² floors', () => {
    const test = scores(2, [1, 1, 1, 1], [1, 1, 1, 1]);
    expect(() => positionNormalized(test, scores(1, [1], [1]))).toThrow(/do not match/);
    const other = { ...scores(2, [1, 1, 1, 1], [1, 1, 1, 1]), news: [] };
    expect(() => positionNormalized(test, other)).toThrow(/floor 0.01/);
  });
});
