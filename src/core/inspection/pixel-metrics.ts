/**
 * Pixel-level ROC / AUROC and PRO (per-region overlap) over many images, in
 * one exact pass over sorted pixels.
 *
 * Conventions: a pixel is flagged when its score ≥ the threshold (as
 * scikit-learn's `roc_curve` and the MVTec AD evaluation code: tied scores
 * form one step). Positive = ground-truth defect pixel (mask ≠ 0).
 *
 * PRO (Bergmann et al., "The MVTec Anomaly Detection Dataset", IJCV 2021;
 * MVTec AD evaluation code): the ground-truth regions are the 8-connected
 * components of each image's mask; at each threshold, PRO = the mean over all
 * regions of all images of |flagged ∩ region| / |region|, and FPR = flagged
 * normal pixels / all normal pixels (mask 0, in every image). The curve
 * (0, 0), one point per distinct score, (1, 1) is integrated by the trapezoid
 * rule from FPR 0 to the limit (linear interpolation at the limit) and divided
 * by the limit.
 */
import { collectPixels, type CollectOptions, type PixelSample } from './pixel-sample';
import { curveThinner } from './curve-thinning';
import { keyValue } from './float-keys';

/** Options of {@link pixelMetrics}. */
export interface PixelMetricsOptions {
  /** Most points in each returned curve (integer ≥ 3; default 1,000). The metrics use every point. */
  maxPoints?: number;
  /** Upper FPR limit of the PRO integral, in (0, 1] (default 0.3, the MVTec AD papers'). */
  proLimit?: number;
}

/** ROC points for plotting: a subset of the exact curve's points, in curve order. */
export interface RocPoints {
  /** False positive rate in [0, 1], non-decreasing, from 0 to 1. */
  fpr: Float64Array;
  /** True positive rate in [0, 1], non-decreasing, from 0 to 1. */
  tpr: Float64Array;
  /** Flag score ≥ threshold: +Infinity first (nothing flagged), then descending float32 scores. */
  thresholds: Float64Array;
}

/** PRO points for plotting, from FPR 0 up to the limit. */
export interface ProPoints {
  /** False positive rate in [0, limit], non-decreasing. */
  fpr: Float64Array;
  /** Per-region overlap in [0, 1], non-decreasing. */
  pro: Float64Array;
  /** As in {@link RocPoints}; the last point, interpolated at FPR = limit, has threshold NaN. */
  thresholds: Float64Array;
}

/** Pixel-level results. Plain data owned by the caller. */
export interface PixelMetrics {
  /** Exact ROC AUC in [0, 1] (= scikit-learn's `roc_auc_score` over all pixels); NaN without defect or normal pixels. */
  auroc: number;
  /** Normalised area under the PRO curve up to `proLimit`, in [0, 1]; NaN without regions or normal pixels. */
  pro: number;
  proLimit: number;
  /** At most `maxPoints` points of the ROC curve (empty when `auroc` is NaN). */
  roc: RocPoints;
  /** At most `maxPoints` points of the PRO curve up to the limit (empty when `pro` is NaN). */
  proCurve: ProPoints;
  normalPixels: number;
  defectPixels: number;
  /** Ground-truth regions (connected components) over all images. */
  regions: number;
  /** Distinct scores = points of the exact curves besides (0, 0). */
  distinctScores: number;
}

function checkOptions(options: PixelMetricsOptions): { maxPoints: number; limit: number } {
  const maxPoints = options.maxPoints ?? 1000;
  const limit = options.proLimit ?? 0.3;
  if (!(limit > 0 && limit <= 1)) throw new Error('pro-limit-invalid');
  if (!Number.isInteger(maxPoints) || maxPoints < 3) throw new Error('max-points-invalid');
  return { maxPoints, limit };
}

/**
 * Exact pixel AUROC and PRO with thinned curves, from a {@link PixelSample}.
 * O(pixels); the sample is not modified.
 */
export function pixelMetrics(sample: PixelSample, options: PixelMetricsOptions = {}): PixelMetrics {
  const { maxPoints, limit } = checkOptions(options);
  const { normalKeys, defectKeys, defectRegions, regionAreas } = sample;
  const nNormal = normalKeys.length;
  const nDefect = defectKeys.length;
  const nRegions = regionAreas.length;
  const weight = new Float64Array(nRegions);
  for (let r = 0; r < nRegions; r++) weight[r] = 1 / regionAreas[r];
  const rocOk = nNormal > 0 && nDefect > 0;
  const proOk = nNormal > 0 && nRegions > 0;
  const roc = curveThinner(maxPoints);
  const proCurve = curveThinner(maxPoints, limit);
  roc.push(0, 0, Infinity);
  proCurve.push(0, 0, Infinity);
  let i = nNormal - 1;
  let j = nDefect - 1;
  let fp = 0;
  let tp = 0;
  let overlapSum = 0;
  let twiceU = 0;
  let prevX = 0;
  let prevY = 0;
  let proArea = 0;
  let proOpen = proOk;
  let distinct = 0;
  while (i >= 0 || j >= 0) {
    const key = Math.max(i >= 0 ? normalKeys[i] : -1, j >= 0 ? defectKeys[j] : -1);
    const fpBefore = fp;
    const tpBefore = tp;
    while (i >= 0 && normalKeys[i] === key) {
      fp++;
      i--;
    }
    while (j >= 0 && defectKeys[j] === key) {
      tp++;
      overlapSum += weight[defectRegions[j]];
      j--;
    }
    distinct++;
    twiceU += (fp - fpBefore) * (tp + tpBefore);
    const threshold = keyValue(key);
    const fpr = fp / nNormal;
    if (rocOk) roc.push(fpr, tp / nDefect, threshold);
    if (proOpen) {
      const pro = Math.min(1, overlapSum / nRegions);
      if (fpr <= limit) {
        proArea += 0.5 * (pro + prevY) * (fpr - prevX);
        proCurve.push(fpr, pro, threshold);
        prevX = fpr;
        prevY = pro;
      } else {
        if (prevX < limit) {
          const atLimit = prevY + ((pro - prevY) * (limit - prevX)) / (fpr - prevX);
          proArea += 0.5 * (atLimit + prevY) * (limit - prevX);
          proCurve.push(limit, atLimit, NaN);
        }
        proOpen = false;
      }
    }
  }
  const rocPoints = rocOk ? roc.finish() : null;
  const proPoints = proOk ? proCurve.finish() : null;
  const empty = new Float64Array(0);
  return {
    auroc: rocOk ? twiceU / (2 * nDefect * nNormal) : NaN,
    pro: proOk ? proArea / limit : NaN,
    proLimit: limit,
    roc: rocPoints ? { fpr: rocPoints.x, tpr: rocPoints.y, thresholds: rocPoints.thresholds } : { fpr: empty, tpr: empty, thresholds: empty },
    proCurve: proPoints ? { fpr: proPoints.x, pro: proPoints.y, thresholds: proPoints.thresholds } : { fpr: empty, pro: empty, thresholds: empty },
    normalPixels: nNormal,
    defectPixels: nDefect,
    regions: nRegions,
    distinctScores: distinct,
  };
}

/**
 * {@link collectPixels} then {@link pixelMetrics}: exact pixel AUROC and PRO of
 * `maps` against `masks` (shapes and ownership as in `collectPixels`).
 */
export function pixelRocPro(
  maps: readonly Float32Array[],
  masks: readonly Uint8Array[],
  width: number,
  height: number,
  options: PixelMetricsOptions & CollectOptions = {},
): PixelMetrics {
  checkOptions(options);
  return pixelMetrics(collectPixels(maps, masks, width, height, options), options);
}
