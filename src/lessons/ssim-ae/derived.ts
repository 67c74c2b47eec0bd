import type { ConvAeLoss } from '../../core/model/conv-ae';
import { kindTable, type KindTable, type MethodMaps } from '../../core/inspection/kind-table';
import type { CropMaps } from '../../core/pipeline/ssim-ae-job';
import { smoothMap } from '../../core/inspection/smooth-map';
import { fitPositionMeans, normalizeByPosition } from '../../core/score/position-norm';
import type { InspectionData } from '../../core/textures/inspection-data';
import type { MapScoring, ModelResult, SsimAeResults } from './state';

/** Splits [n, area] rows into one view per image (no copy). */
export function splitRows<T extends Float32Array | Uint8Array>(rows: T, area: number): T[] {
  return Array.from({ length: rows.length / area }, (_, i) => rows.subarray(i * area, (i + 1) * area) as T);
}

/** The map a method is judged by: Bergmann et al. score the SSIM model by its SSIM residual and the L2 model by its L2 residual. */
export function methodMap(maps: CropMaps, loss: ConvAeLoss): Float32Array {
  return loss === 'ssim' ? maps.ssim : maps.l2;
}

/** The lesson's default scoring: each pixel's residual against the normal residual at that pixel. */
export const DEFAULT_SCORING: MapScoring = 'position';

/** Gaussian σ (pixels) that smooths the normal mean residual map before dividing by it. */
export const POSITION_MEAN_SIGMA = 2;

/**
 * The maps a model is judged by, [n, size²] row-major each (new arrays, or the
 * model's own for 'raw'). 'raw' is the paper's residual. 'position' divides
 * each pixel's residual by the mean residual of the normal validation crops at
 * the same pixel, smoothed by a Gaussian of σ {@link POSITION_MEAN_SIGMA}
 * (scipy's `gaussian_filter`, reflected borders) and floored at 5 % of its
 * overall mean: the decoder rebuilds a crop's borders worse than its middle,
 * so raw maps are brightest along the borders of every crop, normal or not.
 * The smoothing keeps a few validation crops' pixel noise out of the divisor
 * (the thresholds are chosen on the same crops). It uses normal crops only,
 * like the protocol's thresholds; without validation crops it falls back to 'raw'.
 */
export function scoredMaps(model: Pick<ModelResult, 'validation' | 'test'>, loss: ConvAeLoss, scoring: MapScoring, size: number): { validation: Float32Array; test: Float32Array } {
  const validation = methodMap(model.validation, loss);
  const test = methodMap(model.test, loss);
  if (scoring === 'raw' || validation.length === 0) return { validation, test };
  const means = Float32Array.from(smoothMap(fitPositionMeans(validation, size * size), size, size, { kind: 'gaussian', sigma: POSITION_MEAN_SIGMA }));
  return { validation: normalizeByPosition(validation, means), test: normalizeByPosition(test, means) };
}

/** The protocol's minimum defect area: 1 % of an image (41 pixels at 64²). */
export function minDefectArea(size: number): number {
  return Math.round(size * size * 0.01);
}

/**
 * Every inspection metric of the trained models on the test images, on
 * their maps under `scoring` (see {@link scoredMaps}): pixel
 * AUROC and PRO (FPR ≤ 0.3), image AUROC (max of the 4-pixel-box-smoothed map)
 * and the MVTec AD paper's protocol (a minimum defect area, and the lowest
 * threshold at which no validation image — all normal — has a region that
 * large), overall and per defect kind.
 */
export function inspectionTable(data: InspectionData, result: Pick<SsimAeResults, 'models'>, scoring: MapScoring = DEFAULT_SCORING): KindTable<ConvAeLoss> | null {
  return tableOfScored(data, scoredModels(data, result, scoring));
}

/** Every model's maps under `scoring` ({@link scoredMaps}), by loss: computed once, shared by the table and the Maps cell. */
export type ScoredModels = Partial<Record<ConvAeLoss, { validation: Float32Array; test: Float32Array }>>;

/** {@link scoredMaps} of every model of `result`. */
export function scoredModels(data: InspectionData, result: Pick<SsimAeResults, 'models'>, scoring: MapScoring): ScoredModels {
  const out: ScoredModels = {};
  for (const [loss, m] of Object.entries(result.models) as [ConvAeLoss, ModelResult][]) out[loss] = scoredMaps(m, loss, scoring, data.size);
  return out;
}

/** {@link inspectionTable} of maps already scored (null without a model). */
export function tableOfScored(data: InspectionData, scored: ScoredModels): KindTable<ConvAeLoss> | null {
  const area = data.size * data.size;
  const methods: Partial<Record<ConvAeLoss, MethodMaps>> = {};
  for (const [loss, maps] of Object.entries(scored) as [ConvAeLoss, { validation: Float32Array; test: Float32Array }][]) {
    methods[loss] = { validation: splitRows(maps.validation, area), test: splitRows(maps.test, area) };
  }
  if (Object.keys(methods).length === 0) return null;
  return kindTable({
    width: data.size,
    height: data.size,
    kinds: data.kinds,
    masks: splitRows(data.masks, area),
    methods: methods as Record<ConvAeLoss, MethodMaps>,
    smoothing: { kind: 'box', size: 4 },
    rule: { kind: 'min-area', minArea: minDefectArea(data.size) },
  });
}
