import { fail } from '../problem';
import { aggregateWindows, type WindowAggregation } from './aggregate-windows';
import type { WindowScores } from './window-scores';

const MAX: WindowAggregation = { kind: 'max' };

/**
 * Position-aware window scores. A window in the middle of a digit is harder to
 * reconstruct than a window of empty background, so its raw score is larger on
 * every image, normal or not, and the image's max is decided by where the
 * windows are rather than by what is in them. Dividing each window's score by
 * the mean score of the same window position over held-out normal images asks
 * instead "how unusual is this window *for this place*".
 */

/**
 * Per-position mean of window scores of normal images.
 * @param map window scores of held-out normals [n, perImage] row-major, n ≥ 1
 * @returns [perImage] plain data
 */
export function fitPositionMeans(map: Float32Array, perImage: number): Float32Array {
  if (!(perImage >= 1) || map.length % perImage !== 0) fail('position-split', { scores: map.length, perImage });
  const n = map.length / perImage;
  if (n === 0) fail('no-held-out', {});
  const sums = new Float64Array(perImage);
  for (let i = 0; i < n; i++) for (let j = 0; j < perImage; j++) sums[j] += map[i * perImage + j];
  return Float32Array.from(sums, (s) => s / n);
}

/**
 * Smallest divisor as a fraction of the mean over all positions: keeps an
 * always-empty corner (normal mean ≈ 0) from turning one stray pixel into an
 * enormous ratio.
 */
export const POSITION_FLOOR_FRACTION = 0.05;

/**
 * Divides each window score by its position's normal mean, floored at
 * `floorFraction` × the mean of all positions.
 * @param map window scores [n, perImage] row-major
 * @param means from `fitPositionMeans`, [perImage]
 * @returns [n, perImage] plain data; 1 means "as usual for this position"
 */
export function normalizeByPosition(map: Float32Array, means: Float32Array, floorFraction = POSITION_FLOOR_FRACTION): Float32Array {
  const perImage = means.length;
  if (perImage === 0 || map.length % perImage !== 0) fail('position-split', { scores: map.length, perImage });
  let overall = 0;
  for (const m of means) overall += m;
  overall /= perImage;
  const floor = Math.max(floorFraction * overall, Number.MIN_VALUE);
  const inv = Float32Array.from(means, (m) => 1 / Math.max(m, floor));
  const out = new Float32Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = map[i] * inv[i % perImage];
  return out;
}

/**
 * Every score of `scores` (old and each σ² floor of the new) divided by its
 * position mean over `normals` — window scores of held-out normal images from
 * the same model, layout and floors — with image scores re-taken as the max.
 * Pure: inputs are not modified.
 */
export function positionNormalized(scores: WindowScores, normals: WindowScores, floorFraction = POSITION_FLOOR_FRACTION): WindowScores {
  if (normals.grid !== scores.grid) throw new Error(`Held-out windows (${normals.grid}²) do not match the scored windows (${scores.grid}²).`);
  const perImage = scores.grid * scores.grid;
  const norm = (map: Float32Array, ref: Float32Array) => normalizeByPosition(map, fitPositionMeans(ref, perImage), floorFraction);
  const oldMap = norm(scores.oldMap, normals.oldMap);
  const news = scores.news.map((s) => {
    const ref = normals.news.find((r) => r.floor === s.floor);
    if (!ref) throw new Error(`Held-out windows lack the new score at σ² floor ${s.floor}.`);
    const map = norm(s.map, ref.map);
    return { floor: s.floor, map, image: aggregateWindows(map, perImage, MAX) };
  });
  return { grid: scores.grid, oldMap, old: aggregateWindows(oldMap, perImage, MAX), news, minSigma2: scores.minSigma2 };
}
