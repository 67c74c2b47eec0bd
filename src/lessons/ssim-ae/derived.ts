import type { ConvAeLoss } from '../../core/model/conv-ae';
import { kindTable, type KindTable, type MethodMaps } from '../../core/inspection/kind-table';
import type { CropMaps } from '../../core/pipeline/ssim-ae-job';
import type { InspectionData } from '../../core/textures/inspection-data';
import type { ModelResult, SsimAeResults } from './state';

/** Splits [n, area] rows into one view per image (no copy). */
export function splitRows<T extends Float32Array | Uint8Array>(rows: T, area: number): T[] {
  return Array.from({ length: rows.length / area }, (_, i) => rows.subarray(i * area, (i + 1) * area) as T);
}

/** The map a method is judged by: Bergmann et al. score the SSIM model by its SSIM residual and the L2 model by its L2 residual. */
export function methodMap(maps: CropMaps, loss: ConvAeLoss): Float32Array {
  return loss === 'ssim' ? maps.ssim : maps.l2;
}

/** The protocol's minimum defect area: 1 % of an image (41 pixels at 64²). */
export function minDefectArea(size: number): number {
  return Math.round(size * size * 0.01);
}

/**
 * Every inspection metric of the trained models on the test images: pixel
 * AUROC and PRO (FPR ≤ 0.3), image AUROC (max of the 4-pixel-box-smoothed map)
 * and the MVTec AD paper's protocol (a minimum defect area, and the lowest
 * threshold at which no validation image — all normal — has a region that
 * large), overall and per defect kind.
 */
export function inspectionTable(data: InspectionData, result: Pick<SsimAeResults, 'models'>): KindTable<ConvAeLoss> | null {
  const area = data.size * data.size;
  const methods: Partial<Record<ConvAeLoss, MethodMaps>> = {};
  for (const [loss, m] of Object.entries(result.models) as [ConvAeLoss, ModelResult][]) {
    methods[loss] = { validation: splitRows(methodMap(m.validation, loss), area), test: splitRows(methodMap(m.test, loss), area) };
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
