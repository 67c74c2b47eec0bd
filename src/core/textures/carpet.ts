import { createRng } from '../random/rng';
import type { GrayImage } from './gray-image';
import { normalizeInto, smoothNoise } from './noise';

/** Settings of {@link generateCarpet}; every field has a default. */
export interface CarpetOptions {
  /** Side of the square image in pixels (default 512). */
  size?: number;
  /** Thread pitch in pixels (default 8). */
  pitch?: number;
  /** Largest wander of the threads in pixels (default 1.5). */
  wander?: number;
}

/**
 * A woven "carpet": a 2/2 twill of vertical (warp) and horizontal (weft)
 * threads. Each thread is rounded across its width, darker where it dives
 * under a crossing thread, has its own tone and a fibre grain along its
 * length; the whole weave wanders slowly so it is not perfectly regular.
 * Deterministic for a seed.
 * @returns size×size, values in [0, 1] (mean 0.5, standard deviation 0.17)
 */
export function generateCarpet(seed: number, options: CarpetOptions = {}): GrayImage {
  const size = options.size ?? 512;
  const pitch = options.pitch ?? 8;
  const wander = options.wander ?? 1.5;
  const rng = createRng(seed);
  const dx = smoothNoise(size, size, 48, 48, rng);
  const dy = smoothNoise(size, size, 48, 48, rng);
  const shade = smoothNoise(size, size, 96, 96, rng);
  const fibreWarp = smoothNoise(size, size, 1.5, 7, rng);
  const fibreWeft = smoothNoise(size, size, 7, 1.5, rng);
  const threads = Math.ceil(size / pitch) + 4;
  const warpTone = Float32Array.from({ length: threads }, () => 1 + 0.07 * rng.normal());
  const weftTone = Float32Array.from({ length: threads }, () => 1 + 0.07 * rng.normal());
  const data = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const k = y * size + x;
      const u = x / pitch + (wander * dx[k]) / pitch + 2;
      const v = y / pitch + (wander * dy[k]) / pitch + 2;
      const i = Math.floor(u);
      const j = Math.floor(v);
      const fu = u - i;
      const fv = v - j;
      const phase = (i + j) & 3;
      const warpOnTop = phase < 2;
      const across = warpOnTop ? fu : fv;
      const along = warpOnTop ? (phase + fv) / 2 : (phase - 2 + fu) / 2;
      const round = Math.sqrt(Math.sin(Math.PI * across));
      const dive = 0.7 + 0.3 * Math.sin(Math.PI * along);
      const tone = warpOnTop ? warpTone[i] : weftTone[j];
      const fibre = warpOnTop ? fibreWarp[k] : fibreWeft[k];
      data[k] = tone * round * dive * (1 + 0.12 * fibre) + 0.08 * shade[k];
    }
  }
  return { width: size, height: size, data: normalizeInto(data, 0.5, 0.17) };
}
