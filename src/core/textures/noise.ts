import type { Rng } from '../random/rng';

/**
 * Smooth random fields for the generated textures: value noise on a lattice
 * of cellX×cellY pixels, cubic (smoothstep) interpolation between lattice
 * values. Different cell sizes per axis give streaks (fibres) along the
 * longer one.
 */

const smooth = (t: number): number => t * t * (3 - 2 * t);

/**
 * Value noise: uniform lattice values in [−1, 1] every `cellX` columns and
 * `cellY` rows, interpolated. Draws (⌈width/cellX⌉ + 2)·(⌈height/cellY⌉ + 2)
 * values from `rng`, then starts at a random sub-cell offset.
 * @returns row-major [height·width], values in [−1, 1]
 */
export function smoothNoise(width: number, height: number, cellX: number, cellY: number, rng: Rng): Float32Array {
  const gw = Math.ceil(width / cellX) + 2;
  const gh = Math.ceil(height / cellY) + 2;
  const lattice = new Float32Array(gw * gh);
  for (let i = 0; i < lattice.length; i++) lattice[i] = rng.next() * 2 - 1;
  const ox = rng.next() * cellX;
  const oy = rng.next() * cellY;
  const xi = new Int32Array(width);
  const xf = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const u = (x + ox) / cellX;
    xi[x] = Math.floor(u);
    xf[x] = smooth(u - xi[x]);
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const v = (y + oy) / cellY;
    const gy = Math.floor(v);
    const fy = smooth(v - gy);
    const r0 = gy * gw;
    const r1 = r0 + gw;
    for (let x = 0; x < width; x++) {
      const gx = xi[x];
      const fx = xf[x];
      const top = lattice[r0 + gx] + (lattice[r0 + gx + 1] - lattice[r0 + gx]) * fx;
      const bottom = lattice[r1 + gx] + (lattice[r1 + gx + 1] - lattice[r1 + gx]) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return out;
}

/**
 * Sum of `octaves` value-noise layers, cell sizes halving and amplitudes
 * halving from (cell, cell) at amplitude 1.
 * @returns row-major [height·width], values in (−2, 2)
 */
export function fractalNoise(width: number, height: number, cell: number, octaves: number, rng: Rng): Float32Array {
  const out = new Float32Array(width * height);
  let amplitude = 1;
  let size = cell;
  for (let o = 0; o < octaves; o++) {
    const layer = smoothNoise(width, height, size, size, rng);
    for (let i = 0; i < out.length; i++) out[i] += amplitude * layer[i];
    amplitude /= 2;
    size = Math.max(1, size / 2);
  }
  return out;
}

/**
 * Rescales `values` in place to mean `mean` and standard deviation `std`,
 * then clamps to [0, 1].
 */
export function normalizeInto(values: Float32Array, mean: number, std: number): Float32Array {
  let sum = 0;
  for (const v of values) sum += v;
  const m = sum / values.length;
  let sq = 0;
  for (const v of values) sq += (v - m) * (v - m);
  const s = Math.sqrt(sq / values.length) || 1;
  for (let i = 0; i < values.length; i++) values[i] = Math.min(1, Math.max(0, mean + ((values[i] - m) / s) * std));
  return values;
}
