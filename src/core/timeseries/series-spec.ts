/**
 * What the time-series generator makes (seed 002): a majority of noisy sine
 * waves plus small groups that differ from them. Every number is a learner
 * control, validated by {@link seriesSpecProblems}.
 */
import { problem, type CoreProblem } from '../problem';

/** The groups, in the order of their ids (`group[i]` indexes this list). */
export const SERIES_KINDS = ['normal', 'low-noise', 'cos', 'spike', 'level-shift', 'frequency', 'dropout'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

/** Group id of each kind: normal 0, low-noise 1, cos 2, spike 3, level-shift 4, frequency 5, dropout 6. */
export const GROUP_ID: Record<SeriesKind, number> = Object.fromEntries(SERIES_KINDS.map((k, i) => [k, i])) as Record<SeriesKind, number>;

/** How many series of a kind, the wave's amplitude and the Gaussian noise σ added to every step. */
export interface GroupSpec {
  /** Whole number ≥ 0 (normal: ≥ 1). */
  count: number;
  /** Multiplies the wave, in [0, 10]. */
  amplitude: number;
  /** Noise standard deviation, in [0, 5]. */
  noise: number;
}

/** Settings of {@link generateSeries}. Time runs over 0..2π in `length` equally spaced steps (numpy's linspace). */
export interface SeriesSpec {
  /** Steps per series L, whole number in [8, 1000]. Seed: 100. */
  length: number;
  /** amplitude·sin(t) + noise. Seed: 10,000 × (1, 0.5). */
  normal: GroupSpec;
  /** The invisible anomaly: a sine with less noise. Seed: 100 × (1, 0.1). */
  lowNoise: GroupSpec;
  /** The visible anomaly: amplitude·cos(t) + noise. Seed: 100 × (3, 0.5). */
  cos: GroupSpec;
  /** A normal-looking sine with one step pushed by `height` (sign random), |height| in (0, 50]. */
  spike: GroupSpec & { height: number };
  /** A sine that jumps by `shift` (in [−10, 10], ≠ 0) at a random step in the middle half and stays there. */
  levelShift: GroupSpec & { shift: number };
  /** sin(factor·t) instead of sin(t); factor in (0, 20], ≠ 1. */
  frequency: GroupSpec & { factor: number };
  /** A sine whose values in one random window of `fraction` (in (0, 1)) of the steps read exactly 0 (a dead sensor). */
  dropout: GroupSpec & { fraction: number };
}

/** The seed's settings: 10,000 normal, 100 low-noise, 100 cos; the extra kinds are off (count 0). */
export const SEED002_SERIES: SeriesSpec = {
  length: 100,
  normal: { count: 10_000, amplitude: 1, noise: 0.5 },
  lowNoise: { count: 100, amplitude: 1, noise: 0.1 },
  cos: { count: 100, amplitude: 3, noise: 0.5 },
  spike: { count: 0, amplitude: 1, noise: 0.5, height: 4 },
  levelShift: { count: 0, amplitude: 1, noise: 0.5, shift: 1.5 },
  frequency: { count: 0, amplitude: 1, noise: 0.5, factor: 2 },
  dropout: { count: 0, amplitude: 1, noise: 0.5, fraction: 0.2 },
};

/** Spec field of each kind, in {@link SERIES_KINDS} order. */
export const SPEC_KEY: Record<SeriesKind, Exclude<keyof SeriesSpec, 'length'>> = {
  normal: 'normal',
  'low-noise': 'lowNoise',
  cos: 'cos',
  spike: 'spike',
  'level-shift': 'levelShift',
  frequency: 'frequency',
  dropout: 'dropout',
};

/** Largest number of series one spec may make. */
export const MAX_SERIES = 200_000;
/** Largest number of values (series × length) one spec may make (80 MB of float32). */
export const MAX_VALUES = 20_000_000;

/**
 * Every problem with `spec`, for the interface to word; empty when valid.
 * Group problems name the group's kind (`'cos'`, …).
 */
export function seriesSpecProblems(spec: SeriesSpec): CoreProblem[] {
  const out: CoreProblem[] = [];
  const L = spec.length;
  if (!Number.isInteger(L) || L < 8 || L > 1000) out.push(problem('spec-length-range', { min: 8, max: 1000, got: L }));
  let total = 0;
  for (const kind of SERIES_KINDS) {
    const g = spec[SPEC_KEY[kind]];
    const min = kind === 'normal' ? 1 : 0;
    if (!Number.isInteger(g.count) || g.count < min || g.count > MAX_SERIES) {
      out.push(problem('spec-count-range', { group: kind, min, max: MAX_SERIES, got: g.count }));
    } else total += g.count;
    if (!(g.amplitude >= 0 && g.amplitude <= 10)) out.push(problem('spec-amplitude-range', { group: kind, max: 10, got: g.amplitude }));
    if (!(g.noise >= 0 && g.noise <= 5)) out.push(problem('spec-noise-range', { group: kind, max: 5, got: g.noise }));
  }
  const { height } = spec.spike;
  if (!(Math.abs(height) > 0 && Math.abs(height) <= 50)) out.push(problem('spec-spike-height', { max: 50, got: height }));
  const { shift } = spec.levelShift;
  if (!(shift !== 0 && Math.abs(shift) <= 10)) out.push(problem('spec-level-shift', { max: 10, got: shift }));
  const { factor } = spec.frequency;
  if (!(factor > 0 && factor <= 20 && factor !== 1)) out.push(problem('spec-frequency-factor', { max: 20, got: factor }));
  const { fraction } = spec.dropout;
  if (!(fraction > 0 && fraction < 1)) out.push(problem('spec-dropout-fraction', { got: fraction }));
  if (total > MAX_SERIES) out.push(problem('spec-too-many-series', { total, max: MAX_SERIES }));
  else if (Number.isInteger(L) && total * L > MAX_VALUES) out.push(problem('spec-too-much-data', { total, length: L, max: MAX_VALUES }));
  return out;
}
