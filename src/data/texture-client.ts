/**
 * Browser side of the built-in textures. The real photos (grass, gravel,
 * brick) are downloaded from the app itself (`build/dataset-plugin.ts` serves
 * `{BASE_URL}data/textures/{name}.u8`), at most once per page, kept in memory
 * and stored in the same Cache Storage as the datasets
 * (`cached-fetch.ts`), so later and offline visits skip the network.
 * The generated ones (carpet, leather) are made from their seed on the spot.
 */
import { fail } from '../core/problem';
import { browserFetchDeps, createCachedLoader, type AppFetchDeps } from './cached-fetch';
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

/** Fetches built-in textures; see {@link createTextureClient}. */
export interface TextureClient {
  /**
   * A built-in texture as a new 512×512 image (values in [0, 1]) that the
   * caller owns. `seed` only matters for the generated textures.
   */
  fetchTexture(name: TextureName, seed?: number): Promise<GrayImage>;
}

/** Creates a client with its own in-memory memo of downloaded bytes. */
export function createTextureClient(deps: AppFetchDeps): TextureClient {
  const loader = createCachedLoader(deps);
  const bytesOf = (name: RealTextureName): Promise<Uint8Array> => {
    const url = loader.url(textureFilePath(name));
    return loader.load(url, (bytes) => (bytes.length === TEXTURE_BYTES ? bytes : fail('download-failed', { url, detail: `${bytes.length} B` })));
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
  defaultClient ??= createTextureClient(browserFetchDeps());
  return defaultClient.fetchTexture(name, seed);
}
