import type { FolderProgress } from './folder-status';
import { failure, type Problem } from './settings/problem';

/** A learner's folder as the notebook tracks it: progress, the folder in use, and what is wrong with a refused one. */
export interface FolderState<P> extends FolderProgress {
  /** The folder whose files are the lesson's data (null: the built-in data is). */
  name: string | null;
  /** What is wrong with the refused folder, each naming its file. */
  problems: P[];
  /** Anything else that went wrong reading it. */
  error: Problem | null;
}

/** A picked folder's name: the first part its files' paths share, else the first file's path. */
export function folderName(files: readonly { path: string }[]): string {
  const heads = new Set(files.map((f) => f.path.split('/')[0]));
  return heads.size === 1 && files.length > 0 ? [...heads][0] : (files[0]?.path ?? '');
}

/** Before any folder was opened. */
export function idleFolder<P>(): FolderState<P> {
  return { status: 'idle', name: null, attempt: null, problems: [], error: null, done: 0, total: 0 };
}

/** How a folder decodes: its data, or its problems. */
export type FolderDecoded<D, P> = { ok: true; data: D } | { ok: false; problems: P[] };

/** What `decode` gets: an abort signal and a progress callback. */
export interface FolderDecodeOptions {
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

const PROGRESS_EVERY_MS = 100;

/**
 * Folder requests where the newest wins: each `open` aborts the one before
 * and drops its result; progress is passed on at most every 100 ms. `patch`
 * updates the folder state (only for the current request); `open` resolves to
 * the data, or null for a refused, failed or superseded folder (then the
 * caller keeps its data).
 */
export function createFolderRequests<D, P>(patch: (p: Partial<FolderState<P>>) => void) {
  let request = 0;
  let controller: AbortController | null = null;

  async function open(name: string, decode: (options: FolderDecodeOptions) => Promise<FolderDecoded<D, P>>): Promise<{ data: D; id: number } | null> {
    const id = ++request;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const mine = (p: Partial<FolderState<P>>) => id === request && patch(p);
    mine({ status: 'reading', attempt: name, problems: [], error: null, done: 0, total: 0 });
    let last = 0;
    const onProgress = (done: number, total: number) => {
      if (done < total && Date.now() - last < PROGRESS_EVERY_MS) return;
      last = Date.now();
      mine({ done, total });
    };
    try {
      const result = await decode({ signal: own.signal, onProgress });
      if (id !== request) return null;
      if (result.ok) return { data: result.data, id };
      mine({ status: 'error', problems: result.problems });
    } catch (e) {
      mine({ status: 'error', error: failure(e) });
    }
    return null;
  }

  /** Drops the current request (a folder still being read is aborted). */
  function cancel(): void {
    request++;
    controller?.abort();
    controller = null;
  }

  return { open, cancel };
}

/** A folder the learner picked or dropped: its name, and how the page decodes it (given `A`: the seed or crop size it is read with). The files are read in the page and never uploaded. */
export interface FolderRequest<A, R> {
  name: string;
  decode(arg: A, options: FolderDecodeOptions): Promise<R>;
}

/** The folder state once `name` is the lesson's data. */
export function folderReady<P>(folder: FolderState<P>, name: string): FolderState<P> {
  return { ...folder, status: 'ready', name, attempt: null, problems: [], error: null };
}

/** What a lesson tells {@link createFolderSwitch}: how to show progress, use a decoded folder, and go back. */
export interface FolderSwitchOptions<D, P> {
  /** Updates the lesson's folder state. */
  patch(p: Partial<FolderState<P>>): void;
  /** Makes a decoded folder the lesson's data; `id` is the request's (part of the data key). */
  use(data: D, id: number, name: string): void;
  /** Sets the folder state back to idle. */
  reset(): void;
  /** Loads the built-in data again; resolves to whether it loaded. */
  loadBuiltin(): Promise<boolean>;
}

/**
 * A lesson's "bring your own folder" actions: `open` decodes a folder (the
 * newest request wins) and, if every file is good, hands it to `use`; a folder
 * that is refused leaves the data as it was. `back` stops a folder still being
 * read and returns to the built-in data.
 */
export function createFolderSwitch<D, P>(o: FolderSwitchOptions<D, P>) {
  const requests = createFolderRequests<D, P>(o.patch);
  return {
    async open(name: string, decode: (options: FolderDecodeOptions) => Promise<FolderDecoded<D, P>>): Promise<boolean> {
      const opened = await requests.open(name, decode);
      if (opened) o.use(opened.data, opened.id, name);
      return opened !== null;
    },
    back(): Promise<boolean> {
      requests.cancel();
      o.reset();
      return o.loadBuiltin();
    },
  };
}
