/**
 * The list of every file the app needs to work offline, written by the build
 * (`build/offline-manifest.ts`, through the dataset plugin) as
 * `{BASE_URL}offline-manifest.json`, and read by the "Make available offline"
 * button (`src/data/offline-cache.ts`). Paths are relative to the app's base
 * URL; the empty path is the app's page itself (`index.html` served at `/`).
 */

/** Where the build writes the manifest, relative to the base URL. */
export const OFFLINE_MANIFEST_PATH = 'offline-manifest.json';

/** One file to keep: its path under the base URL and its size in bytes. */
export interface OfflineFile {
  path: string;
  bytes: number;
}

/** Every file of one build. `totalBytes` is the sum of `files[].bytes`. */
export interface OfflineManifest {
  version: 1;
  files: OfflineFile[];
  totalBytes: number;
}

/** Whether `path` is a dataset or texture file (kept in the data cache, not the shell cache). */
export function isDataPath(path: string): boolean {
  return path.startsWith('data/');
}

/** A manifest of `files`, with their total. */
export function offlineManifestOf(files: OfflineFile[]): OfflineManifest {
  return { version: 1, files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/**
 * Checks parsed JSON against {@link OfflineManifest}: version 1, relative
 * same-app paths (no scheme, no `..`, no leading `/`), whole byte counts, and a
 * total that matches. Returns it typed, or throws an Error saying what is wrong.
 */
export function assertOfflineManifest(json: unknown): OfflineManifest {
  const m = json as Partial<OfflineManifest> | null;
  if (typeof m !== 'object' || m === null || m.version !== 1 || !Array.isArray(m.files)) throw new Error('not an offline manifest of version 1');
  let total = 0;
  for (const f of m.files as unknown[]) {
    const { path, bytes } = (f ?? {}) as Partial<OfflineFile>;
    if (typeof path !== 'string' || /^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)|\\/i.test(path)) throw new Error(`bad path ${JSON.stringify(path)}`);
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`bad size for ${path}`);
    total += bytes;
  }
  if (m.totalBytes !== total) throw new Error(`total ${String(m.totalBytes)} does not match the files' ${total} bytes`);
  return m as OfflineManifest;
}
