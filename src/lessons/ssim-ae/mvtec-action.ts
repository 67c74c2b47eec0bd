import type { MvtecImages } from '../../core/textures/mvtec-load';
import { fromMvtec } from '../../core/textures/inspection-data';
import { createFolderSwitch, folderReady, idleFolder } from '../../notebook/folder-request';
import { MVTEC_VALIDATION_FRACTION, type MvtecProblem, type MvtecRequest } from '../../notebook/mvtec/mvtec-request';
import type { StoreAccess } from '../../notebook/lesson-store';
import type { SsimAeState } from './state';

/** Whether the lesson's data is a learner's MVTec folder (then the texture settings do not replace it). */
export function mvtecInUse(s: Pick<SsimAeState, 'data' | 'mvtec'>): boolean {
  return s.mvtec.name !== null && s.data.dataset?.source === 'mvtec';
}

/** The data key a trained model depends on besides the settings: the folder's, or null for texture crops. */
export function loadedKey(s: Pick<SsimAeState, 'data' | 'mvtec'>): string | null {
  return mvtecInUse(s) ? s.data.key : null;
}

/**
 * The folder actions. `loadMvtec` decodes a folder at the current crop size
 * and, if every file is good, makes it the lesson's data (a seeded fifth of
 * `train/good` held out for validation); the newest request wins, and a folder
 * that fails leaves the data, and `name`, on what is really in use
 * (see `createFolderSwitch`). `backToTextures` returns to the textures.
 */
export function createMvtecActions(access: StoreAccess<SsimAeState>, loadTextures: () => Promise<boolean>) {
  const { get, set } = access;
  const folders = createFolderSwitch<{ images: MvtecImages; size: number }, MvtecProblem>({
    patch: (p) => set({ mvtec: { ...get().mvtec, ...p } }),
    use: ({ images, size }, id, name) =>
      set({
        data: { status: 'ready', error: null, dataset: fromMvtec(images, MVTEC_VALIDATION_FRACTION, get().params.seed), key: JSON.stringify(['mvtec', id, name, size]) },
        mvtec: folderReady(get().mvtec, name),
        view: { ...get().view, offset: 0, threshold: {} },
      }),
    reset: () => set({ mvtec: idleFolder() }),
    loadBuiltin: loadTextures,
  });
  return {
    loadMvtec(folder: MvtecRequest): Promise<boolean> {
      const size = Number(get().params.cropSize);
      return folders.open(folder.name, async (options) => {
        const r = await folder.decode(size, options);
        return r.ok ? { ok: true, data: { images: r.images, size } } : r;
      });
    },
    backToTextures: folders.back,
  };
}
