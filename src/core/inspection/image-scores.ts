/**
 * Image-level anomaly scores from anomaly maps: the maximum of the smoothed
 * map, and the image-level ROC AUC of those scores.
 */
import { rocAuc } from '../metrics/roc';
import { smoothMap, type Smoothing } from './smooth-map';

/**
 * Score of one image: max over pixels of `map` smoothed by `smoothing`
 * (`smooth-map.ts`; box or Gaussian, reflected borders). Smoothing first
 * makes one hot pixel count less than a hot patch.
 *
 * @param map [height·width] row-major, finite; not modified
 */
export function imageScore(map: ArrayLike<number>, width: number, height: number, smoothing: Smoothing): number {
  const smooth = smoothMap(map, width, height, smoothing);
  let best = -Infinity;
  for (let i = 0; i < smooth.length; i++) if (smooth[i] > best) best = smooth[i];
  return best;
}

/** {@link imageScore} of every map; a new [maps.length] array owned by the caller. */
export function imageScores(maps: readonly ArrayLike<number>[], width: number, height: number, smoothing: Smoothing): Float64Array {
  return Float64Array.from(maps, (m) => imageScore(m, width, height, smoothing));
}

/** Image-level scores and their ROC AUC. Plain data owned by the caller. */
export interface ImageAuroc {
  /** Exact ROC AUC in [0, 1] (= scikit-learn's `roc_auc_score`); NaN when either class is empty. */
  auroc: number;
  /** [maps.length] image scores. */
  scores: Float64Array;
}

/**
 * Image-level AUROC of the max-of-smoothed-map score.
 *
 * @param maps one [height·width] map per image
 * @param labels [maps.length]: 1 = defective image, 0 = defect-free
 */
export function imageAuroc(maps: readonly ArrayLike<number>[], labels: ArrayLike<number>, width: number, height: number, smoothing: Smoothing): ImageAuroc {
  if (labels.length !== maps.length) throw new Error('labels-count-mismatch');
  const scores = imageScores(maps, width, height, smoothing);
  return { auroc: rocAuc(scores, labels), scores };
}
