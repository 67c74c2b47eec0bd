/**
 * Builds the offline manifest (`src/data/offline-manifest.ts`) from a finished
 * bundle: every chunk and asset the build wrote (scripts, workers, styles,
 * WebAssembly, fonts, each lesson's prose in both languages, the dataset and
 * texture files) plus the files of `public/` except the service worker, which
 * the browser keeps itself. `index.html` is listed as the empty path, the
 * address the app is opened at. Source maps are left out.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OFFLINE_MANIFEST_PATH, offlineManifestOf, type OfflineFile, type OfflineManifest } from '../src/data/offline-manifest';

/** The part of a Rollup/Rolldown output bundle this needs. */
export type BundleFiles = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string | Uint8Array }>;

/** Files never listed: the service worker (the browser keeps it), the manifest itself, source maps. */
const SKIP = /(^|\/)sw\.js$|\.map$/;

function byteLength(entry: BundleFiles[string]): number {
  const body = entry.type === 'chunk' ? entry.code : entry.source;
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
}

/** Every file under `dir` (recursively) with its size, paths relative to `dir` with `/`. */
export function publicFiles(dir: string): OfflineFile[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ path: relative(dir, file).split(sep).join('/'), bytes: statSync(file).size }));
}

/**
 * The manifest of `bundle` and `extra` (the public files), sorted by path so
 * the same build gives the same bytes.
 */
export function buildOfflineManifest(bundle: BundleFiles, extra: OfflineFile[] = []): OfflineManifest {
  const files = new Map<string, number>();
  for (const [fileName, entry] of Object.entries(bundle)) files.set(fileName, byteLength(entry));
  for (const f of extra) if (!files.has(f.path)) files.set(f.path, f.bytes);
  const listed = [...files]
    .filter(([path]) => !SKIP.test(path) && path !== OFFLINE_MANIFEST_PATH)
    .map(([path, bytes]) => ({ path: path === 'index.html' ? '' : path, bytes }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return offlineManifestOf(listed);
}
