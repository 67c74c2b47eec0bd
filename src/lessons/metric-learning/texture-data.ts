import type { MetricDatasetSpec, MetricLearningData } from '../../core/pipeline/metric-learning-types';
import { buildTextureMetricData } from '../../core/pipeline/metric-learning-data';
import type { GrayImage } from '../../core/textures/gray-image';
import { fromTextureDataset } from '../../core/textures/inspection-data';
import { TEXTURE_NAMES, type TextureName } from '../../core/textures/texture-files';
import { buildTextureDataset } from '../../core/textures/texture-protocol';
import { yieldToEventLoop } from '../../core/train/yield-to-event-loop';
import type { StoreAccess } from '../../notebook/lesson-store';
import { failure } from '../../notebook/settings/problem';
import { referenceCounts, splitView } from './data';
import { dataKey } from './keys';
import type { MetricParams } from './params';
import type { MetricState } from './state';

/** A built-in texture (512×512, values in [0, 1]); `seed` makes the generated ones. */
export type FetchTexture = (name: TextureName, seed: number) => Promise<GrayImage>;

/** The texture protocol of the lesson and of `npm run eval -- --texture`: crop side, held-out normal crops, test crops (half with a synthetic defect). */
export const TEXTURE_CROPS = { size: 32, validation: 200, test: 400 } as const;

/** Training crops of the normal texture when the setting says "all" (as `npm run eval` does). */
export const ALL_TRAIN_CROPS = 6000;

/** The other built-in textures: the reference classes of a texture run (none when no reference image is asked for). */
export function referenceTextures(p: Pick<MetricParams, 'texture' | 'referencePerClass'>): TextureName[] {
  return p.referencePerClass > 0 ? TEXTURE_NAMES.filter((t) => t !== p.texture) : [];
}

/** The job's spec of a texture run. */
export function textureSpec(p: MetricParams): MetricDatasetSpec {
  return { kind: 'texture', texture: p.texture, reference: referenceTextures(p), referencePerClass: p.referencePerClass };
}

/** Whether images were built from a texture (their normal class is a built-in texture's name), not from image classes. */
export function isTextureData(d: Pick<MetricLearningData, 'classNames'>): boolean {
  return (TEXTURE_NAMES as readonly string[]).includes(d.classNames[0]);
}

/**
 * A texture run's images: crops of the chosen built-in texture (normal
 * training and validation crops, test crops with the SSIM lesson's synthetic
 * defects) and `referencePerClass` crops of each other texture, through the
 * SSIM lesson's crop protocol and the core's builder.
 */
export async function textureMetricData(p: MetricParams, fetchTexture: FetchTexture): Promise<MetricLearningData> {
  const name = p.texture as TextureName;
  const [image, references] = await Promise.all([fetchTexture(name, p.seed), referenceCrops(referenceTextures(p), p, fetchTexture)]);
  await yieldToEventLoop();
  const normal = fromTextureDataset(textureCrops(image, p.seed, p.maxTrain > 0 ? p.maxTrain : ALL_TRAIN_CROPS, TEXTURE_CROPS.validation, TEXTURE_CROPS.test));
  return buildTextureMetricData(normal, name, references, p.referencePerClass, p.seed);
}

/** Crops of `image` through the SSIM lesson's protocol at the lesson's crop size. */
function textureCrops(image: GrayImage, seed: number, trainCount: number, validationCount: number, testCount: number) {
  return buildTextureDataset(image, { cropSize: TEXTURE_CROPS.size, trainCount, validationCount, testCount, seed });
}

/** `referencePerClass` crops of each texture in `names`: the reference classes. */
export async function referenceCrops(names: readonly TextureName[], p: Pick<MetricParams, 'seed' | 'referencePerClass'>, fetchTexture: FetchTexture): Promise<{ name: string; crops: Float32Array }[]> {
  const images = await Promise.all(names.map((t) => fetchTexture(t, p.seed)));
  return names.map((name, i) => ({ name, crops: textureCrops(images[i], p.seed, p.referencePerClass, 0, 0).train.pixels }));
}

/**
 * The lesson's "Load data" for the texture source: returns true at once when
 * the crops for the current settings are loaded; drops a load whose settings
 * changed while it ran (false); turns a failed download into an error status.
 */
export function createTextureLoader(access: StoreAccess<MetricState>, fetchTexture: FetchTexture): () => Promise<boolean> {
  const { get, set } = access;
  return async function loadTextures(): Promise<boolean> {
    const p = get().params;
    const key = dataKey(p);
    if (get().data.status === 'ready' && get().data.key === key) return true;
    set({ data: { ...get().data, status: 'loading', error: null } });
    try {
      const data = await textureMetricData(p, fetchTexture);
      if (dataKey(get().params) !== key) return false;
      set({ data: { status: 'ready', error: null, key, data, split: splitView(data, [], []), referenceCounts: referenceCounts(data) } });
      return true;
    } catch (e) {
      if (dataKey(get().params) === key) set({ data: { ...get().data, status: 'error', error: failure(e) } });
      return false;
    }
  };
}
