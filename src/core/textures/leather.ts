import { createRng } from '../random/rng';
import type { GrayImage } from './gray-image';
import { fractalNoise, normalizeInto, smoothNoise } from './noise';

/** Settings of {@link generateLeather}; every field has a default. */
export interface LeatherOptions {
  /** Side of the square image in pixels (default 512). */
  size?: number;
  /** Mean grain (cell) size in pixels (default 9). */
  grain?: number;
}

/**
 * A grained "leather": irregular pebbles (cells around jittered points, with
 * warped coordinates so their outlines are not straight), each a dome lit
 * from the top left, separated by dark creases, over a slow tonal variation
 * and a fine pore noise. Deterministic for a seed.
 * @returns size×size, values in [0, 1] (mean 0.45, standard deviation 0.14)
 */
export function generateLeather(seed: number, options: LeatherOptions = {}): GrayImage {
  const size = options.size ?? 512;
  const grain = options.grain ?? 9;
  const rng = createRng(seed);
  const warpX = smoothNoise(size, size, grain * 1.5, grain * 1.5, rng);
  const warpY = smoothNoise(size, size, grain * 1.5, grain * 1.5, rng);
  const tone = fractalNoise(size, size, 128, 3, rng);
  const pores = smoothNoise(size, size, 1.5, 1.5, rng);
  const cells = Math.ceil(size / grain) + 3;
  const px = new Float32Array(cells * cells);
  const py = new Float32Array(cells * cells);
  for (let cy = 0; cy < cells; cy++) {
    for (let cx = 0; cx < cells; cx++) {
      px[cy * cells + cx] = (cx + 0.15 + 0.7 * rng.next()) * grain;
      py[cy * cells + cx] = (cy + 0.15 + 0.7 * rng.next()) * grain;
    }
  }
  const height = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const k = y * size + x;
      const wx = x + grain + 0.35 * grain * warpX[k];
      const wy = y + grain + 0.35 * grain * warpY[k];
      const gx = Math.floor(wx / grain);
      const gy = Math.floor(wy / grain);
      let f1 = Infinity;
      let f2 = Infinity;
      for (let cy = gy - 1; cy <= gy + 1; cy++) {
        for (let cx = gx - 1; cx <= gx + 1; cx++) {
          const c = cy * cells + cx;
          const d = Math.hypot(wx - px[c], wy - py[c]);
          if (d < f1) {
            f2 = f1;
            f1 = d;
          } else if (d < f2) {
            f2 = d;
          }
        }
      }
      const edge = (f2 - f1) / grain;
      height[k] = Math.min(1, edge * 1.5) ** 0.7;
    }
  }
  const data = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const k = y * size + x;
      const left = height[y * size + Math.max(0, x - 1)];
      const up = height[Math.max(0, y - 1) * size + x];
      const lit = 2 * height[k] - left - up;
      data[k] = 0.55 * height[k] + 0.9 * lit + 0.18 * tone[k] + 0.1 * pores[k];
    }
  }
  return { width: size, height: size, data: normalizeInto(data, 0.45, 0.14) };
}
