/**
 * "Make available offline": stores every file of the build, as listed by its
 * offline manifest (`src/data/offline-manifest.ts`), in the Cache Storage the
 * service worker (`public/sw.js`) answers from when there is no network —
 * datasets and textures in the data cache, everything else (the page, scripts,
 * workers, WebAssembly, styles, fonts, every lesson's prose in both languages)
 * in the shell cache. Only the app's own origin is contacted.
 *
 * A file already in its cache is not downloaded again (built file names carry a
 * content hash; dataset files never change), so after a failure pressing the
 * button again continues where it stopped. The page itself is always fetched
 * again, so the stored page matches the stored scripts.
 *
 * Failures are thrown as {@link OfflineError}s carrying a code and values; the
 * interface words them (`src/app/offline/offline-text.ts`).
 */
import { DATA_CACHE_NAME } from './cached-fetch';
import { assertOfflineManifest, isDataPath, OFFLINE_MANIFEST_PATH, type OfflineFile, type OfflineManifest } from './offline-manifest';

/** The service worker's cache of the app shell; `public/sw.js` uses the same name, bump both together. */
export const SHELL_CACHE_NAME = 'anomaly-lab-shell-v1';

/** Why the app could not be made available offline, with what the message needs. */
export type OfflineFailure =
  | { code: 'insecure' }
  | { code: 'no-cache-storage' }
  | { code: 'manifest-failed'; detail: string }
  | { code: 'quota'; neededBytes: number; freeBytes: number }
  | { code: 'download-failed'; path: string; detail: string }
  | { code: 'store-failed'; path: string; detail: string };

/** An error that carries an {@link OfflineFailure} and the progress made before it. */
export class OfflineError extends Error {
  constructor(
    readonly failure: OfflineFailure,
    readonly progress: OfflineProgress | null = null,
  ) {
    super(`offline:${failure.code}`);
    this.name = 'OfflineError';
  }
}

/** How far it got: bytes and files stored out of the manifest's. */
export interface OfflineProgress {
  doneBytes: number;
  totalBytes: number;
  doneFiles: number;
  totalFiles: number;
}

/** What the cache needs from the browser (fakes in tests). */
export interface OfflineDeps {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Cache Storage; undefined where the browser has none (an insecure address, some private windows). */
  caches: CacheStorage | undefined;
  /** Absolute URL of the app's base, with a trailing slash (`https://host/app/`). */
  baseUrl: string;
  /** False on an insecure address (plain http to another machine): no service worker, no Cache Storage. */
  secure: boolean;
  /** Free storage in bytes, or null when the browser does not say. */
  freeBytes: () => Promise<number | null>;
  /** Files downloaded at once; default 4. */
  parallel?: number;
}

const urlOf = (deps: OfflineDeps, path: string): string => new URL(path, deps.baseUrl).href;
const cacheOf = (path: string): string => (isDataPath(path) ? DATA_CACHE_NAME : SHELL_CACHE_NAME);
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function requireCaches(deps: OfflineDeps): CacheStorage {
  if (!deps.secure) throw new OfflineError({ code: 'insecure' });
  if (!deps.caches) throw new OfflineError({ code: 'no-cache-storage' });
  return deps.caches;
}

/** Downloads and checks the build's manifest. */
export async function fetchOfflineManifest(deps: OfflineDeps): Promise<OfflineManifest> {
  try {
    const response = await deps.fetch(urlOf(deps, OFFLINE_MANIFEST_PATH), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return assertOfflineManifest(await response.json());
  } catch (e) {
    throw new OfflineError({ code: 'manifest-failed', detail: message(e) });
  }
}

/** Whether `file` is in its cache. */
async function isStored(caches: CacheStorage, deps: OfflineDeps, file: OfflineFile): Promise<boolean> {
  const cache = await caches.open(cacheOf(file.path));
  return (await cache.match(urlOf(deps, file.path), { ignoreVary: true })) !== undefined;
}

/** The manifest's files already stored, as progress (nothing is downloaded). */
export async function offlineStatus(deps: OfflineDeps, manifest: OfflineManifest): Promise<OfflineProgress> {
  const caches = requireCaches(deps);
  const progress = { doneBytes: 0, totalBytes: manifest.totalBytes, doneFiles: 0, totalFiles: manifest.files.length };
  for (const file of manifest.files) {
    if (!(await isStored(caches, deps, file))) continue;
    progress.doneBytes += file.bytes;
    progress.doneFiles++;
  }
  return progress;
}

async function storeFile(caches: CacheStorage, deps: OfflineDeps, file: OfflineFile): Promise<void> {
  const url = urlOf(deps, file.path);
  let response: Response;
  try {
    response = await deps.fetch(url, { cache: 'no-cache' });
  } catch (e) {
    throw new OfflineError({ code: 'download-failed', path: file.path, detail: message(e) });
  }
  if (!response.ok || response.redirected) {
    throw new OfflineError({ code: 'download-failed', path: file.path, detail: response.redirected ? `→ ${response.url}` : `HTTP ${response.status} ${response.statusText}`.trim() });
  }
  const body = await response.clone().arrayBuffer();
  if (file.path !== '' && body.byteLength !== file.bytes) {
    throw new OfflineError({ code: 'download-failed', path: file.path, detail: `${body.byteLength} B ≠ ${file.bytes} B` });
  }
  try {
    await (await caches.open(cacheOf(file.path))).put(url, response);
  } catch (e) {
    throw new OfflineError({ code: 'store-failed', path: file.path, detail: message(e) });
  }
}

/**
 * Stores every file of `manifest` that is not stored yet, `parallel` at a
 * time, calling `onProgress` after each. Checks the free storage first.
 *
 * @returns the final progress (every file stored).
 * @throws OfflineError with the progress so far on the first failure; files
 *   stored before it stay stored.
 */
export async function makeAvailableOffline(deps: OfflineDeps, manifest: OfflineManifest, onProgress: (p: OfflineProgress) => void): Promise<OfflineProgress> {
  const caches = requireCaches(deps);
  const progress: OfflineProgress = { doneBytes: 0, totalBytes: manifest.totalBytes, doneFiles: 0, totalFiles: manifest.files.length };
  const todo: OfflineFile[] = [];
  for (const file of manifest.files) {
    // The page is always fetched again, so it matches the scripts stored with it.
    if (file.path !== '' && (await isStored(caches, deps, file))) {
      progress.doneBytes += file.bytes;
      progress.doneFiles++;
    } else todo.push(file);
  }
  onProgress({ ...progress });
  const neededBytes = todo.reduce((sum, f) => sum + f.bytes, 0);
  const freeBytes = await deps.freeBytes().catch(() => null);
  if (freeBytes !== null && freeBytes < neededBytes) throw new OfflineError({ code: 'quota', neededBytes, freeBytes }, { ...progress });

  let failure: unknown = null;
  const next = async (): Promise<void> => {
    for (let file = todo.shift(); file && failure === null; file = todo.shift()) {
      try {
        await storeFile(caches, deps, file);
      } catch (e) {
        failure ??= e;
        return;
      }
      progress.doneBytes += file.bytes;
      progress.doneFiles++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.parallel ?? 4) }, next));
  if (failure !== null) {
    const f = failure instanceof OfflineError ? failure.failure : ({ code: 'store-failed', path: '', detail: message(failure) } as const);
    throw new OfflineError(f, { ...progress });
  }
  return progress;
}

/** The browser's own dependencies, for the app's base URL. */
export function browserOfflineDeps(): OfflineDeps {
  return {
    fetch: (url, init) => fetch(url, init),
    caches: typeof caches === 'undefined' ? undefined : caches,
    baseUrl: new URL(import.meta.env.BASE_URL, location.href).href,
    secure: typeof isSecureContext === 'undefined' ? true : isSecureContext,
    freeBytes: async () => {
      const estimate = await navigator.storage?.estimate?.();
      if (!estimate || estimate.quota === undefined) return null;
      return estimate.quota - (estimate.usage ?? 0);
    },
  };
}

/** Asks the browser not to evict the stored files under storage pressure; resolves false where it declines. */
export function requestPersistentStorage(): Promise<boolean> {
  return navigator.storage?.persist?.().catch(() => false) ?? Promise.resolve(false);
}
