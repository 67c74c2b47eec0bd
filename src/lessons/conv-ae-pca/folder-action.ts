import { createFolderRequests, idleFolder, type FolderDecodeOptions, type FolderState } from '../../notebook/folder-request';
import type { StoreAccess } from '../../notebook/lesson-store';
import type { FaceFolderProblem } from './celeba-split';
import type { FaceFolderResult } from './face-folder';
import type { ConvAePcaState } from './state';

/** A folder the learner picked: its name, and how to decode it (the page: `loadFaceFolder`). */
export interface FaceFolderRequest {
  name: string;
  decode(seed: number, options: FolderDecodeOptions): Promise<FaceFolderResult>;
}

/** The "bring your own faces" state. The images are read in the page and never uploaded. */
export type FaceFolderState = FolderState<FaceFolderProblem>;

/** Before any folder was opened. */
export const IDLE_FOLDER: FaceFolderState = idleFolder();

/** Whether the lesson's data is a learner's folder (then the face settings do not replace it). */
export function folderInUse(s: Pick<ConvAePcaState, 'data' | 'folder'>): boolean {
  return s.folder.name !== null && s.data.faces?.source.kind === 'folder';
}

/** The data key a result depends on besides the settings: the folder's, or null for built-in faces. */
export function loadedKey(s: Pick<ConvAePcaState, 'data' | 'folder'>): string | null {
  return folderInUse(s) ? s.data.key : null;
}

/**
 * The folder actions. `loadFolder` decodes a folder and, if every file is
 * good, makes it the lesson's data; the newest request wins, and a folder
 * that is refused leaves the data as it was.
 */
export function createFolderActions(access: StoreAccess<ConvAePcaState>, loadBuiltin: () => Promise<boolean>) {
  const { get, set } = access;
  const requests = createFolderRequests<FaceFolderResult & { ok: true }, FaceFolderProblem>((p) => set({ folder: { ...get().folder, ...p } }));

  async function loadFolder(folder: FaceFolderRequest): Promise<boolean> {
    const opened = await requests.open(folder.name, async (options) => {
      const r = await folder.decode(get().params.seed, options);
      return r.ok ? { ok: true, data: r } : r;
    });
    if (!opened) return false;
    set({
      data: { status: 'ready', error: null, faces: opened.data.data, key: JSON.stringify(['folder', opened.id, folder.name]) },
      folder: { ...get().folder, status: 'ready', name: folder.name, attempt: null, problems: [], error: null },
      view: { ...get().view, offset: 0 },
    });
    return true;
  }

  /** Goes back to the built-in faces (and stops a folder still being read). */
  async function backToBuiltin(): Promise<boolean> {
    requests.cancel();
    set({ folder: IDLE_FOLDER });
    return loadBuiltin();
  }

  return { loadFolder, backToBuiltin };
}
