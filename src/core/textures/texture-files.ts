import { generateCarpet } from './carpet';
import { imageFromBytes, type GrayImage } from './gray-image';
import { generateLeather } from './leather';

/**
 * The built-in textures and how their files are laid out, shared by the
 * build (`build/textures.ts`, `build/dataset-plugin.ts`), the browser client
 * (`src/data/texture-client.ts`) and the Node loader for `npm run eval`.
 */

/** Real photos committed under `data/textures/` (CC0, from scikit-image). */
export const REAL_TEXTURES = ['grass', 'gravel', 'brick'] as const;
/** Textures made from a seed. */
export const GENERATED_TEXTURES = ['carpet', 'leather'] as const;
/** Every built-in texture. */
export const TEXTURE_NAMES = [...REAL_TEXTURES, ...GENERATED_TEXTURES] as const;

/** One of the committed photos. */
export type RealTextureName = (typeof REAL_TEXTURES)[number];
/** One of the textures made from a seed. */
export type GeneratedTextureName = (typeof GENERATED_TEXTURES)[number];
/** Any built-in texture. */
export type TextureName = (typeof TEXTURE_NAMES)[number];

/** Side of every built-in texture in pixels. */
export const TEXTURE_SIDE = 512;
/** Bytes of a served texture file: TEXTURE_SIDE² grey levels 0..255, row-major. */
export const TEXTURE_BYTES = TEXTURE_SIDE * TEXTURE_SIDE;

/** True if `value` names a built-in texture. */
export function isTextureName(value: unknown): value is TextureName {
  return typeof value === 'string' && (TEXTURE_NAMES as readonly string[]).includes(value);
}

/** True if `value` names one of the committed photos. */
export function isRealTexture(value: unknown): value is RealTextureName {
  return typeof value === 'string' && (REAL_TEXTURES as readonly string[]).includes(value);
}

/** Path of a served texture relative to the app base, e.g. `data/textures/grass.u8`. */
export function textureFilePath(name: RealTextureName): string {
  return `data/textures/${name}.u8`;
}

/** The real texture a path (relative to the app base, no leading slash) names, or null. */
export function parseTexturePath(path: string): RealTextureName | null {
  const match = /^data\/textures\/([a-z]+)\.u8$/.exec(path);
  return match && isRealTexture(match[1]) ? match[1] : null;
}

/**
 * A served texture file as an image, or null if `bytes` is not exactly
 * TEXTURE_SIDE² long.
 * @returns 512×512, values byte/255 in [0, 1]
 */
export function textureFromBytes(bytes: Uint8Array): GrayImage | null {
  return bytes.length === TEXTURE_BYTES ? imageFromBytes(bytes, TEXTURE_SIDE, TEXTURE_SIDE) : null;
}

/** A generated texture (512×512, [0, 1]) from its seed. */
export function generateTexture(name: GeneratedTextureName, seed: number): GrayImage {
  return name === 'carpet' ? generateCarpet(seed) : generateLeather(seed);
}
