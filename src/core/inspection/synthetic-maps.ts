/**
 * Seeded synthetic anomaly maps with ground-truth masks, for the inspection
 * metrics' tests and the bench: no model, just maps whose defect pixels
 * score higher on average than normal ones.
 */
import { createRng } from '../random/rng';
import { NORMAL_KIND } from './kind-table';

/** Options of {@link syntheticMaps}. */
export interface SyntheticMapsOptions {
  /** Fraction of images with defects, in [0, 1] (default 0.7). */
  defectFraction?: number;
  /** Defect kinds 0..kinds−1, dealt to defect images in turn (default 3). */
  kinds?: number;
  /** How far defect pixels stand out: their score is noise·(1 − contrast) + contrast·u, u uniform (default 0.6). */
  contrast?: number;
}

/** A set of maps, masks and kinds. Plain data owned by the caller. */
export interface SyntheticMaps {
  /** [count] maps, [height·width] row-major float32 in [0, 1). */
  maps: Float32Array[];
  /** [count] masks, [height·width], 1 = defect. */
  masks: Uint8Array[];
  /** [count] kind codes: {@link NORMAL_KIND} or 0..kinds−1. */
  kinds: Int32Array;
}

/**
 * `count` maps of `width`×`height`: each defect image has 1–3 elliptic blobs
 * (radius 1 to a tenth of the side, +1) in its mask. Deterministic for a seed.
 */
export function syntheticMaps(seed: number, count: number, width: number, height: number, options: SyntheticMapsOptions = {}): SyntheticMaps {
  const rng = createRng(seed);
  const fraction = options.defectFraction ?? 0.7;
  const kindCount = options.kinds ?? 3;
  const contrast = options.contrast ?? 0.6;
  const maps: Float32Array[] = [];
  const masks: Uint8Array[] = [];
  const kinds = new Int32Array(count);
  let dealt = 0;
  for (let k = 0; k < count; k++) {
    const mask = new Uint8Array(width * height);
    const defect = rng.next() < fraction;
    kinds[k] = defect ? dealt++ % kindCount : NORMAL_KIND;
    if (defect) {
      const blobs = 1 + rng.int(3);
      const maxRadius = Math.max(1, Math.floor(Math.min(width, height) / 10));
      for (let b = 0; b < blobs; b++) {
        const cx = rng.int(width);
        const cy = rng.int(height);
        const rx = 1 + rng.int(maxRadius);
        const ry = 1 + rng.int(maxRadius);
        for (let y = Math.max(0, cy - ry); y <= Math.min(height - 1, cy + ry); y++) {
          for (let x = Math.max(0, cx - rx); x <= Math.min(width - 1, cx + rx); x++) {
            if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) mask[y * width + x] = 1;
          }
        }
      }
    }
    const map = new Float32Array(width * height);
    for (let p = 0; p < map.length; p++) {
      const noise = rng.next();
      map[p] = mask[p] ? noise * (1 - contrast) + contrast * rng.next() : noise * (1 - contrast);
    }
    maps.push(map);
    masks.push(mask);
  }
  return { maps, masks, kinds };
}
