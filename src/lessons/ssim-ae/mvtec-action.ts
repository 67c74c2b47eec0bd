import type { MvtecImages, MvtecLoadOptions, MvtecLoadProblem } from '../../core/textures/mvtec-load';
import type { MvtecLayoutProblem } from '../../core/textures/mvtec-layout';
import { fromMvtec } from '../../core/textures/inspection-data';
import type { StoreAccess } from '../../notebook/lesson-store';
import { failure, type Problem } from '../../notebook/settings/problem';
import type { SsimAeState } from './state';

/** Share of `train/good` held out as normal validation images (thresholds and early stopping). */
export const MVTEC_VALIDATION_FRACTION = 0.2;

/** What can be wrong with a folder: its layout, or one of its files. */
export type MvtecProblem = MvtecLayoutProblem | MvtecLoadProblem;

/** A folder decoded at the lesson's crop size, or every problem found. */
export type MvtecDecodeResult = { ok: true; images: MvtecImages } | { ok: false; problems: MvtecProblem[] };

/** A folder the learner picked or dropped: its name, and how to decode it (the page: `loadMvtecFolder`). */
export interface MvtecRequest {
  name: string;
  decode(size: number, options: MvtecLoadOptions): Promise<MvtecDecodeResult>;
}

/** The "bring your own MVTec AD folder" cell's state. The images are read in the page and never uploaded. */
export interface MvtecState {
  status: 'idle' | 'reading' | 'ready' | 'error';
  /** The folder whose images are the lesson's data (null: the built-in textures are). */
  name: string | null;
  /** The folder being read, or the one that failed (null once loaded). */
  attempt: string | null;
  /** What is wrong with the folder that failed, each naming its file. */
  problems: MvtecProblem[];
  /** Anything else that went wrong reading it. */
  error: Problem | null;
  /** Files decoded so far, of `total`. */
  done: number;
  total: number;
}

/** Before any folder was opened. */
export const IDLE_MVTEC: MvtecState = { status: 'idle', name: null, attempt: null, problems: [], error: null, done: 0, total: 0 };

/** Whether the lesson's data is a learner's MVTec folder (then the texture settings do not replace it). */
export function mvtecInUse(s: Pick<SsimAeState, 'data' | 'mvtec'>): boolean {
  return s.mvtec.name !== null && s.data.dataset?.source === 'mvtec';
}

/** The data key a trained model depends on besides the settings: the folder's, or null for texture crops. */
export function loadedKey(s: Pick<SsimAeState, 'data' | 'mvtec'>): string | null {
  return mvtecInUse(s) ? s.data.key : null;
}

const PROGRESS_EVERY_MS = 100;

/**
 * The folder actions. `loadMvtec` decodes a folder at the current crop size
 * and, if every file is good, makes it the lesson's data (a seeded fifth of
 * `train/good` held out for validation). Each call is a new request and the
 * newest wins: an older one is aborted and its result dropped. A folder that
 * fails leaves the data, and `name`, on what is really in use.
 */
export function createMvtecActions(access: StoreAccess<SsimAeState>, loadTextures: () => Promise<boolean>) {
  const { get, set } = access;
  let request = 0;
  let controller: AbortController | null = null;
  const patch = (id: number, p: Partial<MvtecState>) => {
    if (id === request) set({ mvtec: { ...get().mvtec, ...p } });
  };

  async function loadMvtec(folder: MvtecRequest): Promise<boolean> {
    const id = ++request;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const size = Number(get().params.cropSize);
    patch(id, { status: 'reading', attempt: folder.name, problems: [], error: null, done: 0, total: 0 });
    let last = 0;
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (done < total && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      patch(id, { done, total });
    };
    let result: MvtecDecodeResult;
    try {
      result = await folder.decode(size, { signal: own.signal, onProgress });
    } catch (e) {
      if (id === request) patch(id, { status: 'error', error: failure(e) });
      return false;
    }
    if (id !== request) return false;
    if (!result.ok) {
      patch(id, { status: 'error', problems: result.problems });
      return false;
    }
    const dataset = fromMvtec(result.images, MVTEC_VALIDATION_FRACTION, get().params.seed);
    set({
      data: { status: 'ready', error: null, dataset, key: JSON.stringify(['mvtec', id, folder.name, size]) },
      mvtec: { ...get().mvtec, status: 'ready', name: folder.name, attempt: null, problems: [], error: null },
      view: { ...get().view, offset: 0, threshold: {} },
    });
    return true;
  }

  /** Goes back to the built-in textures (and stops a folder still being read). */
  async function backToTextures(): Promise<boolean> {
    request++;
    controller?.abort();
    controller = null;
    set({ mvtec: IDLE_MVTEC });
    return loadTextures();
  }

  return { loadMvtec, backToTextures };
}
