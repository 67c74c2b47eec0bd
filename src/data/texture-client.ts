/**
 * Browser side of the built-in textures. The real photos (grass, gravel,
 * brick) are downloaded from the app itself (`build/dataset-plugin.ts` serves
 * `{BASE_URL}data/textures/{name}.u8`), at most once per page, kept in memory
 * and stored in the same Cache Storage as the datasets
 * ({@link DATA_CACHE_NAME}), so later and offline visits skip the network.
 * The generated ones (carpet, leather) are made from their seed on the spot.
 */
import { fail } from '../core/problem';
import type { GrayImage } from '../core/textures/gray-image';
import {
  TEXTURE_BYTES,
  generateTexture,
  isRealTexture,
  textureFilePath,
  textureFromBytes,
  type RealTextureName,
  type TextureName,
} from '../core/textures/texture-files';
import { DATA_CACHE_NAME, type DatasetClientDeps } from './dataset-client';

/** Fetches built-in textures; see {@link createTextureClient}. */
export interface TextureClient {
  /**
   * A built-in texture as a new 512×512 image (values in [0, 1]) that the
   * caller owns. `seed` only matters for the generated textures.
   */
  fetchTexture(name: TextureName, seed?: number): Promise<GrayImage>;
}

/** Creates a client with its own in-memory memo of downloaded bytes. */
export function createTextureClient(deps: DatasetClientDeps): TextureClient {
  const memo = new Map<RealTextureName, Promise<Uint8Array>>();
  let cachePromise: Promise<Cache | null> | undefined;

  const openCache = (): Promise<Cache | null> => {
    cachePromise ??= deps.caches ? deps.caches.open(DATA_CACHE_NAME).catch(() => null) : Promise.resolve(null);
    return cachePromise;
  };

  const resolveUrl = (path: string): string => {
    const page = deps.pageUrl ?? globalThis.location?.href;
    return page ? new URL(deps.baseUrl + path, page).href : deps.baseUrl + path;
  };

  async function download(url: string): Promise<Uint8Array> {
    const cache = await openCache();
    const hit = cache ? await cache.match(url, { ignoreVary: true }).catch(() => undefined) : undefined;
    if (hit && cache) {
      const bytes = new Uint8Array(await hit.arrayBuffer());
      if (bytes.length === TEXTURE_BYTES) return bytes;
      await cache.delete(url).catch(() => false);
    }
    let response: Response;
    try {
      response = await deps.fetch(url);
    } catch (error) {
      fail('download-failed', { url, detail: (error as Error).message });
    }
    if (!response.ok) fail('download-failed', { url, detail: `HTTP ${response.status} ${response.statusText}`.trim() });
    const copy = cache ? response.clone() : undefined;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length !== TEXTURE_BYTES) fail('download-failed', { url, detail: `${bytes.length} B` });
    if (cache && copy) await cache.put(url, copy).catch(() => undefined);
    return bytes;
  }

  const bytesOf = (name: RealTextureName): Promise<Uint8Array> => {
    let entry = memo.get(name);
    if (!entry) {
      entry = download(resolveUrl(textureFilePath(name)));
      memo.set(name, entry);
      entry.catch(() => memo.delete(name));
    }
    return entry;
  };

  return {
    async fetchTexture(name, seed = 0) {
      if (!isRealTexture(name)) return generateTexture(name, seed);
      return textureFromBytes(await bytesOf(name)) as GrayImage;
    },
  };
}

let defaultClient: TextureClient | undefined;

/**
 * A built-in texture: a real photo downloaded from the app
 * (`{BASE_URL}data/textures/{name}.u8`, then from Cache Storage), or a
 * generated one made from `seed` (default 0).
 *
 * @returns a new 512×512 image, values in [0, 1], owned by the caller.
 * @throws ProblemError `download-failed` naming the URL if the download fails
 *   or does not have 512² bytes.
 */
export function fetchTexture(name: TextureName, seed = 0): Promise<GrayImage> {
  defaultClient ??= createTextureClient({
    fetch: (url) => fetch(url),
    baseUrl: import.meta.env.BASE_URL,
    caches: typeof caches === 'undefined' ? undefined : caches,
  });
  return defaultClient.fetchTexture(name, seed);
}
