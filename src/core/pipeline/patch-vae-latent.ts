import * as tf from '@tensorflow/tfjs';
import { sliceRows } from '../model/gather-slices';
import type { PatchVae } from '../model/patch-vae';

/** What the latent-space cell draws. */
export interface LatentPicture {
  /** Latent size L. */
  latent: number;
  /** Encoder means of the first `count` training patches, [count, L]. */
  z: Float32Array;
  /** Mean pixel value of each of those patches (for colouring the scatter), [count]. */
  ink: Float32Array;
  /** Patches per side of the decoded grid. */
  gridSide: number;
  /** Latent coordinates of the grid columns (dim 0) and rows (dim 1, top row first), [gridSide] each. */
  axis0: Float32Array;
  axis1: Float32Array;
  /** Decoded μ of each grid point, [gridSide², p²], row-major over the grid (other latent dims 0). */
  mu: Float32Array;
  /** Decoded σ² of each grid point, [gridSide², p²]. */
  sigma2: Float32Array;
}

/**
 * Encodes the first `count` patches of `patches` [N, p²] (owned by the caller)
 * and decodes a gridSide×gridSide grid over the latent plane spanned by latent
 * dims 0 and 1 (from the 1st to the 99th percentile of the codes). No tensors are left behind.
 */
export async function latentPicture(model: PatchVae, patches: tf.Tensor2D, count: number, gridSide: number): Promise<LatentPicture> {
  const L = model.config.latent;
  const n = Math.min(count, patches.shape[0]);
  const [zT, inkT] = tf.tidy(() => {
    const x = sliceRows(patches, 0, n);
    return [model.encode(x), tf.mean(x, 1)];
  });
  const [z, ink] = (await Promise.all([zT.data(), inkT.data()])) as Float32Array[];
  tf.dispose([zT, inkT]);
  const axis0 = gridAxis(z, L, 0, gridSide, false);
  const axis1 = L > 1 ? gridAxis(z, L, 1, gridSide, true) : new Float32Array(gridSide);
  const codes = new Float32Array(gridSide * gridSide * L);
  for (let r = 0; r < gridSide; r++) {
    for (let c = 0; c < gridSide; c++) {
      codes[(r * gridSide + c) * L] = axis0[c];
      if (L > 1) codes[(r * gridSide + c) * L + 1] = axis1[r];
    }
  }
  const out = tf.tidy(() => {
    const pred = model.decode(tf.tensor2d(codes, [gridSide * gridSide, L]));
    return [pred.mu, tf.exp(pred.logVar)];
  });
  try {
    const [mu, sigma2] = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
    return { latent: L, z, ink, gridSide, axis0, axis1, mu, sigma2 };
  } finally {
    tf.dispose(out);
  }
}

/** gridSide evenly spaced values from the 1st to the 99th percentile of dim `d` of codes [n, L]; descending if `flip`. */
function gridAxis(z: Float32Array, L: number, d: number, gridSide: number, flip: boolean): Float32Array {
  const vals = Array.from({ length: z.length / L }, (_, i) => z[i * L + d]).sort((a, b) => a - b);
  const at = (q: number) => (vals.length > 0 ? vals[Math.min(vals.length - 1, Math.floor(q * vals.length))] : 0);
  let lo = at(0.01);
  let hi = at(0.99);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const out = new Float32Array(gridSide);
  for (let i = 0; i < gridSide; i++) {
    const t = gridSide === 1 ? 0.5 : i / (gridSide - 1);
    out[i] = flip ? hi - t * (hi - lo) : lo + t * (hi - lo);
  }
  return out;
}
