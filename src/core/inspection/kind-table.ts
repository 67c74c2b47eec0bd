/**
 * Inspection metrics of several score maps (e.g. the SSIM and the L2
 * residual) over one test set, overall and per defect kind, so a lesson can
 * show where each one wins.
 *
 * Per kind, every metric uses the images of that kind together with all
 * defect-free test images: pixel AUROC and PRO over their pixels, image
 * AUROC of kind-k images against defect-free ones, and TPR = the share of
 * kind-k images the area protocol flags (its rule is chosen once per method,
 * on that method's validation maps; TNR is the same for every kind and is in
 * the overall row).
 */
import { areaProtocol, type AreaRule, type AreaRuleChoice } from './area-protocol';
import type { Connectivity } from './connected-components';
import { imageScores } from './image-scores';
import { pixelRocPro, type PixelMetrics } from './pixel-metrics';
import type { Smoothing } from './smooth-map';
import { rocAuc } from '../metrics/roc';

/** Kind code of a defect-free image. */
export const NORMAL_KIND = -1;

/** One method's maps. */
export interface MethodMaps {
  /** Defect-free held-out maps (never test images), [height·width] float32 each, for the area protocol. */
  validation: readonly Float32Array[];
  /** One map per test image, in the order of `kinds`, [height·width] float32 each. */
  test: readonly Float32Array[];
}

/** Input of {@link kindTable}. Arrays are read, never modified. */
export interface KindTableInput<M extends string> {
  width: number;
  height: number;
  /** [test images]: the defect kind's code (any integer ≥ 0), or {@link NORMAL_KIND} (−1) for a defect-free image. */
  kinds: ArrayLike<number>;
  /** [test images] ground-truth masks, [height·width], nonzero = defect. */
  masks: readonly Uint8Array[];
  /** The methods to compare, by name (e.g. `{ ssim, l2 }`). */
  methods: Readonly<Record<M, MethodMaps>>;
  /** Smoothing before the max for the image score. */
  smoothing: Smoothing;
  /** How the area protocol picks its rule. */
  rule: AreaRuleChoice;
  /** PRO's FPR limit (default 0.3). */
  proLimit?: number;
  /** Region connectivity for PRO and the protocol (default 8). */
  connectivity?: Connectivity;
  /** Most points per curve of the overall rows (default 1,000). */
  maxPoints?: number;
}

/** One method's metrics on a set of images; each NaN when undefined for it (e.g. no defect-free images for image AUROC). */
export interface KindMetrics {
  pixelAuroc: number;
  pro: number;
  imageAuroc: number;
  /** Share of the defective images the area protocol flags. */
  tpr: number;
}

/** A method over the whole test set. */
export interface MethodSummary extends KindMetrics {
  /** Share of defect-free test images the protocol passes. */
  tnr: number;
  tprPlusTnr: number;
  /** The protocol's threshold and minimum area (from validation maps only). */
  rule: AreaRule;
  /** Pixel metrics with thinned ROC and PRO curves. */
  pixel: PixelMetrics;
  /** [test images] image scores. */
  imageScores: Float64Array;
  /** [test images] 1 = flagged by the protocol. */
  flagged: Uint8Array;
}

/** One defect kind. */
export interface KindRow<M extends string> {
  kind: number;
  /** Test images of this kind. */
  images: number;
  metrics: Record<M, KindMetrics>;
}

/** The table. Plain data owned by the caller. */
export interface KindTable<M extends string> {
  overall: Record<M, MethodSummary>;
  /** One row per kind present, ascending by code. */
  rows: KindRow<M>[];
  /** Defect-free test images. */
  normalImages: number;
}

/**
 * Overall and per-kind pixel AUROC, PRO, image AUROC and protocol TPR of
 * every method. Cost: per method, one pixel sweep over all test images plus
 * one per kind (each O(pixels)), one smoothing per test image and the
 * protocol's bisection over the validation maps.
 */
export function kindTable<M extends string>(input: KindTableInput<M>): KindTable<M> {
  const { width, height, kinds, masks, smoothing } = input;
  const n = kinds.length;
  if (masks.length !== n) throw new Error('masks-count-mismatch');
  const kindList: number[] = [];
  const normals: number[] = [];
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k === NORMAL_KIND) normals.push(i);
    else if (Number.isInteger(k) && k >= 0) {
      labels[i] = 1;
      if (!kindList.includes(k)) kindList.push(k);
    } else throw new Error('kind-invalid');
  }
  kindList.sort((a, b) => a - b);
  const names = Object.keys(input.methods) as M[];
  const options = { proLimit: input.proLimit, connectivity: input.connectivity };
  const overall = {} as Record<M, MethodSummary>;
  const rows: KindRow<M>[] = kindList.map((kind) => ({ kind, images: 0, metrics: {} as Record<M, KindMetrics> }));
  for (let i = 0; i < n; i++) if (labels[i]) rows[kindList.indexOf(kinds[i])].images++;
  for (const name of names) {
    const { validation, test } = input.methods[name];
    if (test.length !== n) throw new Error('maps-count-mismatch');
    const scores = imageScores(test, width, height, smoothing);
    const protocol = areaProtocol({ width, height, validation, test, labels, choice: input.rule, connectivity: input.connectivity });
    const pixel = pixelRocPro(test, masks, width, height, { ...options, maxPoints: input.maxPoints });
    const { threshold, minArea, validationLargestArea, flagged } = protocol;
    overall[name] = {
      pixelAuroc: pixel.auroc,
      pro: pixel.pro,
      imageAuroc: rocAuc(scores, labels),
      tpr: protocol.tpr,
      tnr: protocol.tnr,
      tprPlusTnr: protocol.tprPlusTnr,
      rule: { threshold, minArea, validationLargestArea },
      pixel,
      imageScores: scores,
      flagged,
    };
    for (const row of rows) {
      const images = [...normals];
      let caught = 0;
      for (let i = 0; i < n; i++) {
        if (kinds[i] !== row.kind) continue;
        images.push(i);
        caught += flagged[i];
      }
      images.sort((a, b) => a - b);
      const sub = pixelRocPro(test, masks, width, height, { ...options, images, maxPoints: 3 });
      row.metrics[name] = {
        pixelAuroc: sub.auroc,
        pro: sub.pro,
        imageAuroc: rocAuc(Float64Array.from(images, (i) => scores[i]), Uint8Array.from(images, (i) => labels[i])),
        tpr: caught / row.images,
      };
    }
  }
  return { overall, rows, normalImages: normals.length };
}
