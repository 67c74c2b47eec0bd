import type { MetricDatasetSpec, MetricLearningData } from '../../core/pipeline/metric-learning-types';
import { buildTextureMetricData } from '../../core/pipeline/metric-learning-data';
import { fromMvtec } from '../../core/textures/inspection-data';
import { TEXTURE_NAMES } from '../../core/textures/texture-files';
import { createFolderSwitch, folderReady, idleFolder } from '../../notebook/folder-request';
import type { StoreAccess } from '../../notebook/lesson-store';
import { MVTEC_VALIDATION_FRACTION, type MvtecProblem, type MvtecRequest } from '../../notebook/mvtec/mvtec-request';
import { referenceCounts, splitView } from './data';
import type { MetricParams } from './params';
import type { MetricState } from './state';
import { referenceCrops, TEXTURE_CROPS, type FetchTexture } from './texture-data';

const KEY_PREFIX = 'mvtec:';

/** Whether the lesson's data is a learner's MVTec folder (then the data settings do not replace it). */
export function mvtecInUse(s: Pick<MetricState, 'data' | 'mvtec'>): boolean {
  return s.mvtec.name !== null && (s.data.key?.startsWith(KEY_PREFIX) ?? false);
}

/** The data key a trained model depends on besides the settings: the folder's, or null for built-in data. */
export function loadedKey(s: Pick<MetricState, 'data' | 'mvtec'>): string | null {
  return mvtecInUse(s) ? s.data.key : null;
}

/** The job's spec of a folder run: its category, against every built-in texture as reference. */
export function mvtecSpec(category: string, p: Pick<MetricParams, 'referencePerClass'>): MetricDatasetSpec {
  return { kind: 'mvtec', category, reference: p.referencePerClass > 0 ? [...TEXTURE_NAMES] : [], referencePerClass: p.referencePerClass };
}

/**
 * The folder as the lesson's images, as `npm run eval -- --mvtec-dir` builds
 * them: `train/good` at the crop size (a seeded fifth held out as normal
 * validation images), the test images with their labels, and crops of every
 * built-in texture as the reference classes.
 */
export async function mvtecMetricData(images: Parameters<typeof fromMvtec>[0], name: string, p: MetricParams, fetchTexture: FetchTexture): Promise<MetricLearningData> {
  const references = await referenceCrops(p.referencePerClass > 0 ? TEXTURE_NAMES : [], p, fetchTexture);
  return buildTextureMetricData(fromMvtec(images, MVTEC_VALIDATION_FRACTION, p.seed), name, references, p.referencePerClass, p.seed);
}

/**
 * The folder actions: `loadMvtec` decodes a category folder at the lesson's
 * 32-pixel input and, if every file is good, makes it the data (the newest
 * request wins; a refused folder keeps the data as it was); `backToBuiltin`
 * returns to the data the settings name.
 */
export function createMvtecSource(access: StoreAccess<MetricState>, fetchTexture: FetchTexture, loadBuiltin: () => Promise<boolean>) {
  const { get, set } = access;
  const folders = createFolderSwitch<MetricLearningData, MvtecProblem>({
    patch: (p) => set({ mvtec: { ...get().mvtec, ...p } }),
    use: (data, id, name) =>
      set({
        data: { status: 'ready', error: null, key: `${KEY_PREFIX}${JSON.stringify([id, name, get().params.seed, get().params.referencePerClass])}`, data, split: splitView(data, [], []), referenceCounts: referenceCounts(data) },
        mvtec: folderReady(get().mvtec, name),
        view: { ...get().view, threshold: null, picked: null },
      }),
    reset: () => set({ mvtec: idleFolder() }),
    loadBuiltin,
  });
  return {
    loadMvtec: (folder: MvtecRequest) =>
      folders.open(folder.name, async (options) => {
        const r = await folder.decode(TEXTURE_CROPS.size, options);
        return r.ok ? { ok: true, data: await mvtecMetricData(r.images, folder.name, get().params, fetchTexture) } : r;
      }),
    backToBuiltin: folders.back,
  };
}
