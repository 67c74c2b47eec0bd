/**
 * A deterministic set of 64×64 grey images with a decaying PCA spectrum, made
 * with 32-bit integer arithmetic only, so `scripts/fixtures/pca_fixtures.py`
 * makes the very same bytes in numpy for the PCA fixtures. Used by tests and
 * the bench only. Image i = Σ_j c_ij · blob_j / 8 + noise, clipped to 255;
 * coefficient ranges shrink with j.
 */

/** Side of the images. */
export const SYNTHETIC_SIDE = 64;
const BLOBS = 12;

/** A 32-bit integer hash (the same steps in the Python script). */
export function hash32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The blobs: integer bumps 0..36. */
function blobs(): Int32Array[] {
  const side = SYNTHETIC_SIDE;
  return Array.from({ length: BLOBS }, (_, j) => {
    const cx = hash32(3 * j + 1) % side;
    const cy = hash32(3 * j + 2) % side;
    const r = 8 + (hash32(3 * j + 3) % 24);
    const b = new Int32Array(side * side);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const v = r * r - (x - cx) * (x - cx) - (y - cy) * (y - cy);
        b[y * side + x] = v > 0 ? Math.floor((v * 36) / (r * r)) : 0;
      }
    }
    return b;
  });
}

/** Images `from`..`from + n − 1` as bytes [n, 64²]. */
export function syntheticImageBytes(from: number, n: number): Uint8Array {
  const area = SYNTHETIC_SIDE * SYNTHETIC_SIDE;
  const b = blobs();
  const out = new Uint8Array(n * area);
  for (let k = 0; k < n; k++) {
    const i = from + k;
    const c = Array.from({ length: BLOBS }, (_, j) => hash32(i * 16 + j + 1000) % (1 + (24 >> (j >> 1))));
    for (let p = 0; p < area; p++) {
      let s = 0;
      for (let j = 0; j < BLOBS; j++) s += c[j] * b[j][p];
      out[k * area + p] = Math.min(255, Math.floor(s / 8) + (hash32(i * area + p + 7) % 8));
    }
  }
  return out;
}

/** The same images scaled to [0, 1]. */
export function syntheticImages(from: number, n: number): Float32Array {
  return Float32Array.from(syntheticImageBytes(from, n), (v) => v / 255);
}
