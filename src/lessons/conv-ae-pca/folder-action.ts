import { createFolderSwitch, folderReady, idleFolder, type FolderRequest } from '../../notebook/folder-request';
import type { StoreAccess } from '../../notebook/lesson-store';
import type { FaceFolderProblem } from './celeba-split';
import type { FaceFolderResult } from './face-folder';
import type { ConvAePcaState } from './state';

/** A face folder, decoded with the lesson's seed (the page: `loadFaceFolder`). */
export type FaceFolderRequest = FolderRequest<number, FaceFolderResult>;

/** Whether the lesson's data is a learner's folder (then the face settings do not replace it). */
export function folderInUse(s: Pick<ConvAePcaState, 'data' | 'folder'>): boolean {
  return s.folder.name !== null && s.data.faces?.source.kind === 'folder';
}

/** The data key a result depends on besides the settings: the folder's, or null for built-in faces. */
export function loadedKey(s: Pick<ConvAePcaState, 'data' | 'folder'>): string | null {
  return folderInUse(s) ? s.data.key : null;
}

/** The folder actions: `loadFolder` makes a good folder the lesson's data (see `createFolderSwitch`); `backToBuiltin` returns to the built-in faces. */
export function createFolderActions(access: StoreAccess<ConvAePcaState>, loadBuiltin: () => Promise<boolean>) {
  const { get, set } = access;
  const folders = createFolderSwitch<FaceFolderResult & { ok: true }, FaceFolderProblem>({
    patch: (p) => set({ folder: { ...get().folder, ...p } }),
    use: (r, id, name) =>
      set({
        data: { status: 'ready', error: null, faces: r.data, key: JSON.stringify(['folder', id, name]) },
        folder: folderReady(get().folder, name),
        view: { ...get().view, offset: 0 },
      }),
    reset: () => set({ folder: idleFolder() }),
    loadBuiltin,
  });
  return {
    loadFolder: (folder: FaceFolderRequest) =>
      folders.open(folder.name, async (options) => {
        const r = await folder.decode(get().params.seed, options);
        return r.ok ? { ok: true, data: r } : r;
      }),
    backToBuiltin: folders.back,
  };
}
