/**
 * Built-in textures for `npm run eval` in Node: the committed photos
 * (grass, gravel, brick) decoded from `data/textures/*.png` through
 * `build/textures.ts`, and the generated ones (carpet, leather) made from
 * their seed — the same pixels the app gets from `src/data/texture-client.ts`.
 */
import type { GrayImage } from '../../src/core/textures/gray-image';
import { generateTexture, isRealTexture, isTextureName, textureFromBytes, type TextureName } from '../../src/core/textures/texture-files';
import { loadTextureBytes } from '../../build/textures';

/**
 * A built-in texture as a new 512×512 image (values in [0, 1]) owned by the
 * caller; `seed` only matters for the generated textures.
 * @throws Error naming the texture if it is unknown or its file is unreadable.
 */
export async function loadTexture(name: TextureName, seed = 0): Promise<GrayImage> {
  if (!isTextureName(name)) throw new Error(`Unknown texture ${JSON.stringify(name)}: expected grass|gravel|brick|carpet|leather`);
  if (!isRealTexture(name)) return generateTexture(name, seed);
  const image = textureFromBytes(await loadTextureBytes(name));
  if (!image) throw new Error(`Texture ${name} does not have 512×512 pixels`);
  return image;
}
