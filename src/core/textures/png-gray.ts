import { convertIndexedToRgb, decode, encode, hasPngSignature, type DecodedPng } from 'fast-png';
import { imageToBytes, type GrayImage } from './gray-image';

/**
 * PNG in and out as grayscale, with `fast-png` (pure JavaScript: the same
 * code in Node, the page and workers).
 */

/** Why a PNG could not be read: not a PNG at all, or a PNG that fails to decode. */
export type PngReadProblem = 'not-png' | 'corrupt';

/** A decoded image, or why there is none. */
export type GrayPngResult = { ok: true; image: GrayImage } | { ok: false; reason: PngReadProblem };

/** scikit-image's `rgb2gray` weights (ITU-R BT.709 luma). */
export const LUMA = [0.2125, 0.7154, 0.0721] as const;

/**
 * Decodes any PNG (grayscale, gray + alpha, RGB, RGBA or palette; 1–16 bits)
 * to grayscale in [0, 1]: gray as it is, colour as 0.2125 R + 0.7154 G +
 * 0.0721 B; alpha is ignored. 8-bit gray comes back as byte/255 exactly.
 */
export function decodeGrayPng(bytes: Uint8Array): GrayPngResult {
  if (bytes.length < 8 || !hasPngSignature(bytes)) return { ok: false, reason: 'not-png' };
  let png: DecodedPng;
  try {
    png = decode(bytes);
    if (!(png.width > 0 && png.height > 0)) return { ok: false, reason: 'corrupt' };
    return { ok: true, image: toGray(png) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

function toGray(png: DecodedPng): GrayImage {
  const { width, height } = png;
  const n = width * height;
  const out = new Float32Array(n);
  if (png.palette) {
    const rgb = convertIndexedToRgb(png);
    const step = png.palette[0].length;
    for (let i = 0; i < n; i++) out[i] = (LUMA[0] * rgb[i * step] + LUMA[1] * rgb[i * step + 1] + LUMA[2] * rgb[i * step + 2]) / 255;
    return { width, height, data: out };
  }
  const max = 2 ** png.depth - 1;
  const channels = png.channels;
  const data = png.depth < 8 ? unpackBits(png.data as Uint8Array, width, height, png.depth, channels) : png.data;
  if (data.length !== n * channels) throw new RangeError('size');
  if (channels <= 2) {
    for (let i = 0; i < n; i++) out[i] = data[i * channels] / max;
  } else {
    for (let i = 0; i < n; i++) {
      const k = i * channels;
      out[i] = (LUMA[0] * data[k] + LUMA[1] * data[k + 1] + LUMA[2] * data[k + 2]) / max;
    }
  }
  return { width, height, data: out };
}

/** Sub-byte samples (1, 2 or 4 bits, rows padded to whole bytes) as one value per sample. */
function unpackBits(packed: Uint8Array, width: number, height: number, depth: number, channels: number): Uint8Array {
  const perRow = width * channels;
  const rowBytes = Math.ceil((perRow * depth) / 8);
  const out = new Uint8Array(perRow * height);
  const mask = (1 << depth) - 1;
  for (let y = 0; y < height; y++) {
    for (let s = 0; s < perRow; s++) {
      const bit = s * depth;
      const byte = packed[y * rowBytes + (bit >> 3)];
      out[y * perRow + s] = (byte >> (8 - depth - (bit & 7))) & mask;
    }
  }
  return out;
}

/** An 8-bit grayscale PNG of `image` (values rounded to 0..255, clamped). */
export function encodeGrayPng(image: GrayImage): Uint8Array {
  return encode({ width: image.width, height: image.height, data: imageToBytes(image), channels: 1, depth: 8 });
}
