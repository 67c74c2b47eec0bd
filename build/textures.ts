/**
 * Node-only loader for the real texture photos committed under
 * `data/textures/` (see its README for licence and origin). Used by the Vite
 * dataset plugin (dev server + build output) and by `npm run eval`; browsers
 * get the same bytes over HTTP via `src/data/texture-client.ts`.
 *
 * Each texture comes back as raw 512×512 uint8 grey levels, row-major, the
 * exact pixels of its PNG. Results are memoised: treat them as read-only.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { imageToBytes } from '../src/core/textures/gray-image';
import { decodeGrayPng } from '../src/core/textures/png-gray';
import { isRealTexture, TEXTURE_SIDE, type RealTextureName } from '../src/core/textures/texture-files';

/** Folder of the committed texture PNGs. */
export const TEXTURE_DIR = fileURLToPath(new URL('../data/textures/', import.meta.url));

const cache = new Map<RealTextureName, Promise<Uint8Array>>();

/** Path of a texture's PNG on disk. */
export function texturePngPath(name: RealTextureName): string {
  return `${TEXTURE_DIR}${name}.png`;
}

/**
 * Decodes one committed texture PNG.
 *
 * @returns 512×512 uint8 grey levels, row-major; shared between callers, do not mutate.
 * @throws Error naming the file if it is missing, not a PNG, or not 512×512.
 */
export function loadTextureBytes(name: RealTextureName): Promise<Uint8Array> {
  if (!isRealTexture(name)) return Promise.reject(new Error(`Unknown texture ${JSON.stringify(name)}: expected grass|gravel|brick`));
  let entry = cache.get(name);
  if (!entry) {
    entry = decodeFile(texturePngPath(name));
    cache.set(name, entry);
    entry.catch(() => cache.delete(name));
  }
  return entry;
}

async function decodeFile(file: string): Promise<Uint8Array> {
  const decoded = decodeGrayPng(new Uint8Array(await readFile(file)));
  if (!decoded.ok) throw new Error(`Cannot read texture ${file}: ${decoded.reason}`);
  const { width, height } = decoded.image;
  if (width !== TEXTURE_SIDE || height !== TEXTURE_SIDE) {
    throw new Error(`Texture ${file} is ${width}×${height}, expected ${TEXTURE_SIDE}×${TEXTURE_SIDE}`);
  }
  return imageToBytes(decoded.image);
}
