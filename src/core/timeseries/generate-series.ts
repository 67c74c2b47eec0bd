import { ProblemError } from '../problem';
import { createRng, permutation, type Rng } from '../random/rng';
import { SERIES_KINDS, SPEC_KEY, seriesSpecProblems, type SeriesKind, type SeriesSpec } from './series-spec';

/** A set of equal-length series with the ground-truth group of each. Plain data. */
export interface SeriesSet {
  /** Steps per series. */
  L: number;
  /** Row-major values, [n, L]. */
  x: Float32Array;
  /** Group id per series, length n; indexes `groupNames`. */
  group: Uint8Array;
  /** Name of each group id. For generated data: {@link SERIES_KINDS}. */
  groupNames: string[];
}

/**
 * Makes the seed-002 data set: each kind's series in turn, then all rows
 * shuffled. The same `seed` and spec give the same array on every machine.
 * Throws a `ProblemError` with the first problem when the spec is invalid.
 */
export function generateSeries(spec: SeriesSpec, seed: number): SeriesSet {
  const problems = seriesSpecProblems(spec);
  if (problems.length > 0) throw new ProblemError(problems[0]);
  const L = spec.length;
  const counts = SERIES_KINDS.map((k) => spec[SPEC_KEY[k]].count);
  const n = counts.reduce((a, b) => a + b, 0);
  const rng = createRng(seed);
  const ordered = new Float32Array(n * L);
  const orderedGroup = new Uint8Array(n);
  const t = Float64Array.from({ length: L }, (_, j) => (2 * Math.PI * j) / (L - 1));
  const row = new Float64Array(L);
  let r = 0;
  SERIES_KINDS.forEach((kind, id) => {
    for (let c = 0; c < counts[id]; c++, r++) {
      fillSeries(row, kind, spec, t, rng);
      ordered.set(row, r * L);
      orderedGroup[r] = id;
    }
  });
  const order = permutation(n, createRng(seed ^ 0x51ab1e));
  const x = new Float32Array(n * L);
  const group = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x.set(ordered.subarray(order[i] * L, order[i] * L + L), i * L);
    group[i] = orderedGroup[order[i]];
  }
  return { L, x, group, groupNames: [...SERIES_KINDS] };
}

/** Writes one series of `kind` into `row` (length L). */
function fillSeries(row: Float64Array, kind: SeriesKind, spec: SeriesSpec, t: Float64Array, rng: Rng): void {
  const g = spec[SPEC_KEY[kind]];
  const L = row.length;
  const freq = kind === 'frequency' ? spec.frequency.factor : 1;
  const wave = kind === 'cos' ? Math.cos : Math.sin;
  for (let j = 0; j < L; j++) row[j] = g.amplitude * wave(freq * t[j]) + g.noise * rng.normal();
  if (kind === 'spike') {
    const at = rng.int(L);
    row[at] += rng.next() < 0.5 ? -spec.spike.height : spec.spike.height;
  } else if (kind === 'level-shift') {
    const from = Math.floor(L / 4) + rng.int(Math.max(1, Math.floor(L / 2)));
    for (let j = from; j < L; j++) row[j] += spec.levelShift.shift;
  } else if (kind === 'dropout') {
    const width = Math.max(1, Math.round(spec.dropout.fraction * L));
    const from = rng.int(L - width + 1);
    row.fill(0, from, from + width);
  }
}

/** Number of series in each group of `set` (length = groupNames.length). */
export function groupSizes(set: Pick<SeriesSet, 'group' | 'groupNames'>): number[] {
  const sizes = new Array<number>(set.groupNames.length).fill(0);
  for (const g of set.group) sizes[g] += 1;
  return sizes;
}
