/**
 * The MVTec AD paper's classification protocol (Bergmann et al., CVPR 2019,
 * §4.3): a threshold and a minimum defect area are fixed on held-out
 * defect-free validation images only; a test image is then anomalous when
 * its thresholded map has a connected component of at least that area.
 *
 * What the paper does, and {@link thresholdForMinArea} implements exactly:
 * the minimum defect area is given (per category); the validation maps are
 * segmented with increasing thresholds until the largest anomalous region on
 * the validation set is smaller than that area, and that threshold is used.
 * Here the thresholds tried are every distinct validation score (the result
 * can only change there) and, last, the float32 just above the highest one,
 * so the threshold found is the smallest exact one; a pixel is anomalous when
 * its score ≥ the threshold; regions are 8-connected unless asked otherwise.
 *
 * A variant, {@link minAreaForThreshold}: fix the threshold first (e.g. a
 * high quantile of the validation scores) and take as minimum area the
 * largest validation region + 1. Either way no validation image is flagged.
 */
import { quantile } from '../metrics/quantile';
import { componentScratch, largestComponentArea, type Connectivity } from './connected-components';
import { floatKey, keyValue, nextFloatAbove, radixSortKeys } from './float-keys';

/** A threshold with its minimum defect area. */
export interface AreaRule {
  /** A pixel is anomalous when its score ≥ threshold. */
  threshold: number;
  /** An image is anomalous when a component of anomalous pixels has at least this many pixels (integer ≥ 1). */
  minArea: number;
  /** Largest component on the validation maps at `threshold` (< minArea). */
  validationLargestArea: number;
}

/** The segmentation of `map` at `threshold`: a new [map.length] mask, 1 where map ≥ threshold, else 0. */
export function segmentMask(map: ArrayLike<number>, threshold: number): Uint8Array {
  if (Number.isNaN(threshold)) throw new Error('threshold-invalid');
  const out = new Uint8Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = map[i] >= threshold ? 1 : 0;
  return out;
}

function checkMaps(maps: readonly ArrayLike<number>[], width: number, height: number): void {
  if (maps.length === 0) throw new Error('no-validation-maps');
  for (const m of maps) if (m.length !== width * height) throw new Error('map-size-mismatch');
}

/** Largest component over all maps at `threshold`, stopping early once `stopAt` is reached. */
function largestOver(maps: readonly ArrayLike<number>[], width: number, height: number, threshold: number, connectivity: Connectivity, stopAt = Infinity): number {
  const scratch = componentScratch(width, height);
  let best = 0;
  for (const m of maps) {
    best = Math.max(best, largestComponentArea(m, width, height, threshold, connectivity, scratch));
    if (best >= stopAt) break;
  }
  return best;
}

/**
 * The paper's threshold for a given minimum defect area: the smallest
 * distinct validation score t (or, failing all, the next float32 above the
 * highest) at which every component of {score ≥ t} on every validation map
 * has fewer than `minArea` pixels. Bisection over the sorted distinct scores
 * (the largest component only shrinks as t grows): O(log(pixels)) labelings
 * of the validation set.
 *
 * @param validationMaps defect-free maps, [height·width] float32 each; not modified
 * @param minArea integer ≥ 1
 */
export function thresholdForMinArea(validationMaps: readonly Float32Array[], width: number, height: number, minArea: number, connectivity: Connectivity = 8): AreaRule {
  checkMaps(validationMaps, width, height);
  if (!Number.isInteger(minArea) || minArea < 1) throw new Error('min-area-invalid');
  const n = width * height;
  const all = new Uint32Array(validationMaps.length * n);
  validationMaps.forEach((m, k) => {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(m[i])) throw new Error('score-not-finite');
      all[k * n + i] = floatKey(m[i]);
    }
  });
  const sorted = radixSortKeys(all).keys;
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const thresholdAt = (k: number) => (k < distinct ? keyValue(sorted[k]) : nextFloatAbove(sorted[distinct - 1]));
  let lo = 0;
  let hi = distinct;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (largestOver(validationMaps, width, height, thresholdAt(mid), connectivity, minArea) < minArea) hi = mid;
    else lo = mid + 1;
  }
  const threshold = thresholdAt(lo);
  return { threshold, minArea, validationLargestArea: largestOver(validationMaps, width, height, threshold, connectivity) };
}

/**
 * The variant: a given threshold, and as minimum area the largest validation
 * component at that threshold + 1, so no validation image is flagged.
 *
 * @param validationMaps defect-free maps, [height·width] each; not modified
 */
export function minAreaForThreshold(validationMaps: readonly ArrayLike<number>[], width: number, height: number, threshold: number, connectivity: Connectivity = 8): AreaRule {
  checkMaps(validationMaps, width, height);
  if (Number.isNaN(threshold)) throw new Error('threshold-invalid');
  const largest = largestOver(validationMaps, width, height, threshold, connectivity);
  return { threshold, minArea: largest + 1, validationLargestArea: largest };
}

/** [maps.length]: 1 where the map has a component of ≥ minArea pixels scoring ≥ threshold, else 0. */
export function flagImages(maps: readonly ArrayLike<number>[], width: number, height: number, rule: Pick<AreaRule, 'threshold' | 'minArea'>, connectivity: Connectivity = 8): Uint8Array {
  const scratch = componentScratch(width, height);
  return Uint8Array.from(maps, (m) => (largestComponentArea(m, width, height, rule.threshold, connectivity, scratch) >= rule.minArea ? 1 : 0));
}

/** How the rule is chosen: the paper's (area given) or the variant (threshold = q-quantile of validation scores). */
export type AreaRuleChoice = { kind: 'min-area'; minArea: number } | { kind: 'quantile'; q: number };

/** Input of {@link areaProtocol}. Arrays are read, never modified. */
export interface AreaProtocolInput {
  width: number;
  height: number;
  /** Defect-free held-out maps, [height·width] float32 each. */
  validation: readonly Float32Array[];
  /** Test maps, [height·width] each. */
  test: readonly ArrayLike<number>[];
  /** [test.length]: 1 = defective image, 0 = defect-free. */
  labels: ArrayLike<number>;
  choice: AreaRuleChoice;
  connectivity?: Connectivity;
}

/** The protocol's outcome on the test set. Plain data owned by the caller. */
export interface AreaProtocolResult extends AreaRule {
  /** [test.length]: 1 = classified anomalous. */
  flagged: Uint8Array;
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  /** Defective images caught, tp / (tp + fn); NaN without defective images. */
  tpr: number;
  /** Defect-free images passed, tn / (tn + fp); NaN without defect-free images. */
  tnr: number;
  /** tpr + tnr in [0, 2], the paper's ranking criterion. */
  tprPlusTnr: number;
}

/** Chooses the rule on the validation maps only, then classifies the test maps. */
export function areaProtocol(input: AreaProtocolInput): AreaProtocolResult {
  const { width, height, validation, test, labels, choice } = input;
  const connectivity = input.connectivity ?? 8;
  if (labels.length !== test.length) throw new Error('labels-count-mismatch');
  checkMaps(validation, width, height);
  let rule: AreaRule;
  if (choice.kind === 'min-area') rule = thresholdForMinArea(validation, width, height, choice.minArea, connectivity);
  else {
    const pixels = new Float32Array(validation.length * width * height);
    validation.forEach((m, k) => pixels.set(m, k * m.length));
    rule = minAreaForThreshold(validation, width, height, quantile(pixels, choice.q), connectivity);
  }
  const flagged = flagImages(test, width, height, rule, connectivity);
  let tp = 0;
  let fn = 0;
  let tn = 0;
  let fp = 0;
  for (let i = 0; i < test.length; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error('label-invalid');
    if (labels[i] === 1 && flagged[i]) tp++;
    else if (labels[i] === 1) fn++;
    else if (flagged[i]) fp++;
    else tn++;
  }
  const tpr = tp + fn > 0 ? tp / (tp + fn) : NaN;
  const tnr = tn + fp > 0 ? tn / (tn + fp) : NaN;
  return { ...rule, flagged, tp, fn, tn, fp, tpr, tnr, tprPlusTnr: tpr + tnr };
}
