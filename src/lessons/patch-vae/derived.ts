import { bestF1, type BestF1 } from '../../core/metrics/best-f1';
import { windowOffsets } from '../../core/data/patches';
import { positionNormalized } from '../../core/score/position-norm';
import { newScoreAt, type WindowScores } from '../../core/score/window-scores';
import { summariseScores, type ScoreSummary } from '../../notebook/labelled-scores';
import type { PatchVaeResult, ScoreKind } from './state';

/** What the Compare cell shows for one score, computed once per (result, score). */
export interface Derived extends ScoreSummary {
  best: BestF1;
}

const cache = new WeakMap<PatchVaeResult, Map<string, Derived>>();
/** Per-place scores, by scores then by the held-out scores they were compared with. */
const normalizedCache = new WeakMap<WindowScores, WeakMap<WindowScores, WindowScores>>();

/**
 * The window scores the lesson shows: the old score always as the seed defines
 * it; the new score raw, or (when `positionNorm` and the result has held-out
 * normals) each window divided by its position's mean over those normals.
 * Cached per result.
 */
export function shownScores(result: Pick<PatchVaeResult, 'test' | 'heldOut'>, positionNorm: boolean): WindowScores {
  return positionNorm && result.heldOut ? normalizedOf(result.test, result.heldOut) : result.test;
}

/** `scores` with the new score compared per position with held-out normal window scores `heldOut` (when given and `on`); the old score untouched. */
export function normalizedOf(scores: WindowScores, heldOut: WindowScores | null, on = true): WindowScores {
  if (!on || !heldOut) return scores;
  const byHeldOut = normalizedCache.get(scores) ?? new WeakMap<WindowScores, WindowScores>();
  normalizedCache.set(scores, byHeldOut);
  const hit = byHeldOut.get(heldOut);
  if (hit) return hit;
  const out = { ...positionNormalized(scores, heldOut), oldMap: scores.oldMap, old: scores.old };
  byHeldOut.set(heldOut, out);
  return out;
}

/** Image scores of one kind; the new score with σ² floored at `floor` (the closest computed floor). */
export function imageScores(scores: WindowScores, kind: ScoreKind, floor: number): Float32Array {
  return kind === 'old' ? scores.old : newScoreAt(scores, floor).image;
}

/** Per-window maps [n, g²] of one kind (the new score at `floor`). */
export function windowMaps(scores: WindowScores, kind: ScoreKind, floor: number): Float32Array {
  return kind === 'old' ? scores.oldMap : newScoreAt(scores, floor).map;
}

/**
 * Metrics of a result's old or new image scores (new: at σ² floor `floor`;
 * per position when `positionNorm`); cached, so a slider drag never recomputes them.
 */
export function derive(result: PatchVaeResult, kind: ScoreKind, floor = 0, positionNorm = false): Derived {
  const byKey = cache.get(result) ?? new Map<string, Derived>();
  cache.set(result, byKey);
  const shown = shownScores(result, positionNorm);
  const key = `${shown === result.test ? 'raw' : 'pos'}:${kind === 'old' ? 'old' : newScoreAt(shown, floor).floor}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const scores = imageScores(shown, kind, floor);
  const d: Derived = { ...summariseScores(scores, result.labels), best: bestF1(scores, result.labels, 'anomaly') };
  byKey.set(key, d);
  return d;
}

/**
 * A per-window score grid drawn on the image: each pixel gets the largest score
 * of the windows covering it, so the hottest region is where the image score
 * (the max over windows) comes from. Pixels no window covers get 0.
 * @param map [g²] scores of one image, windows row-major
 * @returns [side²]
 */
export function windowHeat(map: ArrayLike<number>, side: number, size: number, stride: number): Float32Array {
  const offsets = windowOffsets(side, size, stride);
  const g = offsets.length;
  if (map.length !== g * g) throw new Error(`Expected ${g * g} window scores, got ${map.length}.`);
  const out = new Float32Array(side * side);
  for (let wy = 0; wy < g; wy++) {
    for (let wx = 0; wx < g; wx++) {
      const v = map[wy * g + wx];
      for (let r = offsets[wy]; r < offsets[wy] + size; r++) {
        for (let c = offsets[wx]; c < offsets[wx] + size; c++) if (v > out[r * side + c]) out[r * side + c] = v;
      }
    }
  }
  return out;
}

/** The Try cell's heat maps run from 0 to this many times their score's threshold, so the threshold is the middle of the colour bar. */
export const TRY_HEAT_SPAN = 2;

/**
 * Top of a Try-cell heat map's colour scale: `TRY_HEAT_SPAN` × the score's
 * threshold (1 without a positive threshold). A fixed scale, not the map's own
 * maximum: a blank picture's small scores stay dark instead of filling the scale.
 */
export function tryHeatTop(threshold: number): number {
  return Number.isFinite(threshold) && threshold > 0 ? TRY_HEAT_SPAN * threshold : 1;
}

/** σ² on a log scale for display: log₁₀ σ² from −6 (and below) → 0 up to 0 → 1. */
export function logVarianceImage(sigma2: ArrayLike<number>): Float32Array {
  return Float32Array.from(sigma2, (v) => Math.min(1, Math.max(0, (Math.log10(Math.max(v, 1e-30)) + 6) / 6)));
}

/** Indices of the `count` test images of group `label` with the highest `kind` score of `shown` (new: at σ² floor `floor`). */
export function topIndices(result: PatchVaeResult, shown: WindowScores, kind: ScoreKind, floor: number, label: 0 | 1, count: number): number[] {
  const scores = imageScores(shown, kind, floor);
  const idx: number[] = [];
  for (let i = 0; i < result.labels.length; i++) if (result.labels[i] === label) idx.push(i);
  return idx.sort((a, b) => scores[b] - scores[a]).slice(0, count);
}

/**
 * Tiles n×n square patches (row-major over the grid, each p×p) into one image
 * with `gap` pixels of `gapValue` between them.
 * @returns { pixels, side } with side = n·p + (n − 1)·gap
 */
export function mosaic(patches: ArrayLike<number>, n: number, p: number, gap = 1, gapValue = 0): { pixels: Float32Array; side: number } {
  if (patches.length !== n * n * p * p) throw new Error(`Expected ${n * n} patches of ${p}×${p}, got ${patches.length} values.`);
  const side = n * p + (n - 1) * gap;
  const pixels = new Float32Array(side * side).fill(gapValue);
  for (let k = 0; k < n * n; k++) {
    const top = Math.floor(k / n) * (p + gap);
    const left = (k % n) * (p + gap);
    for (let r = 0; r < p; r++) {
      for (let c = 0; c < p; c++) pixels[(top + r) * side + left + c] = patches[k * p * p + r * p + c];
    }
  }
  return { pixels, side };
}
