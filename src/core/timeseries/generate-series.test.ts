import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { generateSeries, groupSizes } from './generate-series';
import { GROUP_ID, SEED002_SERIES, seriesSpecProblems, type SeriesSpec } from './series-spec';

const SMALL: SeriesSpec = {
  ...SEED002_SERIES,
  normal: { ...SEED002_SERIES.normal, count: 300 },
  lowNoise: { ...SEED002_SERIES.lowNoise, count: 40 },
  cos: { ...SEED002_SERIES.cos, count: 30 },
};

/** Residual σ of rows of a group around amplitude·wave(t). */
function residualSigma(x: Float32Array, L: number, rows: number[], wave: (t: number) => number): number {
  let s = 0;
  for (const i of rows) for (let j = 0; j < L; j++) s += (x[i * L + j] - wave((2 * Math.PI * j) / (L - 1))) ** 2;
  return Math.sqrt(s / (rows.length * L));
}

function rowsOf(group: Uint8Array, id: number): number[] {
  return [...group.keys()].filter((i) => group[i] === id);
}

describe('generateSeries', () => {
  it('makes the seed set: exactly 10,000 / 100 / 100 series of length 100, shuffled', () => {
    const set = generateSeries(SEED002_SERIES, 0);
    expect(set.L).toBe(100);
    expect(set.x.length).toBe(10_200 * 100);
    expect(groupSizes(set)).toEqual([10_000, 100, 100, 0, 0, 0, 0]);
    expect(set.groupNames.slice(0, 3)).toEqual(['normal', 'low-noise', 'cos']);
    const firstAnomaly = set.group.findIndex((g) => g !== 0);
    expect(firstAnomaly).toBeLessThan(500);
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const a = generateSeries(SMALL, 7);
    const b = generateSeries(SMALL, 7);
    const c = generateSeries(SMALL, 8);
    expect(b.x).toEqual(a.x);
    expect(b.group).toEqual(a.group);
    expect(c.x[0]).not.toBe(a.x[0]);
  });

  it('draws each group with its amplitude and noise σ (sin over 0..2π inclusive)', () => {
    const { x, L, group } = generateSeries(SMALL, 3);
    expect(residualSigma(x, L, rowsOf(group, GROUP_ID.normal), Math.sin)).toBeCloseTo(0.5, 1);
    expect(residualSigma(x, L, rowsOf(group, GROUP_ID['low-noise']), Math.sin)).toBeCloseTo(0.1, 2);
    expect(residualSigma(x, L, rowsOf(group, GROUP_ID.cos), (t) => 3 * Math.cos(t))).toBeCloseTo(0.5, 1);
  });

  it('makes the extra kinds: a spike, a level shift, a faster wave, a flat dropout', () => {
    const spec: SeriesSpec = {
      ...SMALL,
      normal: { ...SMALL.normal, count: 10 },
      spike: { count: 5, amplitude: 1, noise: 0, height: 6 },
      levelShift: { count: 5, amplitude: 1, noise: 0, shift: 2 },
      frequency: { count: 5, amplitude: 1, noise: 0, factor: 3 },
      dropout: { count: 5, amplitude: 1, noise: 0.5, fraction: 0.2 },
    };
    const { x, L, group } = generateSeries(spec, 1);
    const t = (j: number) => (2 * Math.PI * j) / (L - 1);
    for (const i of rowsOf(group, GROUP_ID.spike)) {
      const dev = Array.from({ length: L }, (_, j) => Math.abs(x[i * L + j] - Math.sin(t(j))));
      expect(dev.filter((d) => d > 5.9)).toHaveLength(1);
    }
    for (const i of rowsOf(group, GROUP_ID['level-shift'])) {
      expect(x[i * L] - Math.sin(t(0))).toBeCloseTo(0, 5);
      expect(x[i * L + L - 1] - Math.sin(t(L - 1))).toBeCloseTo(2, 5);
    }
    for (const i of rowsOf(group, GROUP_ID.frequency)) expect(x[i * L + 10]).toBeCloseTo(Math.sin(3 * t(10)), 5);
    for (const i of rowsOf(group, GROUP_ID.dropout)) {
      const zeros = Array.from(x.subarray(i * L, i * L + L)).filter((v) => v === 0).length;
      expect(zeros).toBe(20);
    }
  });

  it('refuses invalid settings with a message per problem', () => {
    const bad: SeriesSpec = { ...SMALL, length: 3, normal: { count: 0, amplitude: -1, noise: 9 }, frequency: { ...SMALL.frequency, factor: 1 } };
    const problems = seriesSpecProblems(bad);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toEqual(problem('spec-length-range', { min: 8, max: 1000, got: 3 }));
    expect(problems[1]).toEqual(problem('spec-count-range', { group: 'normal', min: 1, max: 200_000, got: 0 }));
    expect(() => generateSeries(bad, 0)).toThrow(new ProblemError(problems[0]));
    expect(seriesSpecProblems({ ...SMALL, cos: { ...SMALL.cos, count: 2.5 } })).toEqual([problem('spec-count-range', { group: 'cos', min: 0, max: 200_000, got: 2.5 })]);
    expect(seriesSpecProblems({ ...SMALL, length: 1000, normal: { ...SMALL.normal, count: 150_000 } })).toEqual([problem('spec-too-much-data', { total: 150_070, length: 1000, max: 20_000_000 })]);
    expect(seriesSpecProblems({ ...SMALL, dropout: { ...SMALL.dropout, fraction: 1 } })).toEqual([problem('spec-dropout-fraction', { got: 1 })]);
    expect(seriesSpecProblems(SEED002_SERIES)).toEqual([]);
  });
});
