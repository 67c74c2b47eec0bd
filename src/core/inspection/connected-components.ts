/**
 * Connected components of binary masks, as `scipy.ndimage.label` finds them.
 *
 * Connectivity 8 (the 3×3 block, `np.ones((3, 3))`) is what the MVTec AD
 * evaluation code passes to `label` for its PRO regions; scipy's own default
 * structure is the 4-connected cross, which is connectivity 4 here.
 */

/** 4: edge neighbours only; 8: edge and corner neighbours (MVTec's PRO regions). */
export type Connectivity = 4 | 8;

/** The components of one mask. */
export interface Components {
  /**
   * [height·width] row-major: 0 for background, else the component's number
   * 1..count, numbered in raster order of each component's first pixel (as scipy does).
   */
  labels: Int32Array;
  /** Number of components. */
  count: number;
  /** [count + 1]: areas[k] = pixels of component k; areas[0] = background pixels. */
  areas: Uint32Array;
}

function checkShape(length: number, width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error('image-size-invalid');
  if (length !== width * height) throw new Error('map-size-mismatch');
}

/**
 * Flood-fills the component of `start` with `label` in `labels` (0 = unvisited
 * foreground, −1 = background), using `stack` ([width·height]) as scratch.
 * Returns the component's area.
 */
function fill(labels: Int32Array, stack: Int32Array, start: number, label: number, width: number, height: number, connectivity: Connectivity): number {
  let top = 0;
  let area = 0;
  labels[start] = label;
  stack[top++] = start;
  while (top > 0) {
    const p = stack[--top];
    area++;
    const y = (p / width) | 0;
    const x = p - y * width;
    const y0 = y > 0 ? y - 1 : y;
    const y1 = y < height - 1 ? y + 1 : y;
    const x0 = x > 0 ? x - 1 : x;
    const x1 = x < width - 1 ? x + 1 : x;
    for (let yy = y0; yy <= y1; yy++) {
      for (let xx = x0; xx <= x1; xx++) {
        if (connectivity === 4 && yy !== y && xx !== x) continue;
        const q = yy * width + xx;
        if (labels[q] === 0) {
          labels[q] = label;
          stack[top++] = q;
        }
      }
    }
  }
  return area;
}

/**
 * Labels the connected components of `mask` (nonzero = foreground), equal to
 * `scipy.ndimage.label(mask, structure)` with `np.ones((3, 3))` for
 * connectivity 8 and the cross (scipy's default) for 4. O(width·height).
 *
 * @param mask [height·width] row-major, any numbers; not modified
 * @returns fresh arrays owned by the caller
 */
export function labelComponents(mask: ArrayLike<number>, width: number, height: number, connectivity: Connectivity = 8): Components {
  checkShape(mask.length, width, height);
  const n = width * height;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = mask[i] !== 0 ? 0 : -1;
  const stack = new Int32Array(n);
  const areas: number[] = [0];
  for (let i = 0; i < n; i++) if (labels[i] === 0) areas.push(fill(labels, stack, i, areas.length, width, height, connectivity));
  let background = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === -1) {
      labels[i] = 0;
      background++;
    }
  }
  areas[0] = background;
  return { labels, count: areas.length - 1, areas: Uint32Array.from(areas) };
}

/** Reusable scratch for {@link largestComponentArea} on images of one size. */
export interface ComponentScratch {
  labels: Int32Array;
  stack: Int32Array;
}

/** Scratch arrays for images of `width·height` pixels. */
export function componentScratch(width: number, height: number): ComponentScratch {
  return { labels: new Int32Array(width * height), stack: new Int32Array(width * height) };
}

/**
 * Area (pixels) of the largest connected component of {i : map[i] ≥ threshold};
 * 0 when no pixel reaches the threshold. Compares in the map's own precision
 * (pass a float32 threshold for a Float32Array to get exact ties).
 *
 * @param map [height·width] row-major scores; not modified
 * @param scratch optional reusable arrays (see {@link componentScratch})
 */
export function largestComponentArea(
  map: ArrayLike<number>,
  width: number,
  height: number,
  threshold: number,
  connectivity: Connectivity = 8,
  scratch: ComponentScratch = componentScratch(width, height),
): number {
  checkShape(map.length, width, height);
  const n = width * height;
  const { labels, stack } = scratch;
  if (labels.length < n || stack.length < n) throw new Error('scratch-too-small');
  for (let i = 0; i < n; i++) labels[i] = map[i] >= threshold ? 0 : -1;
  let best = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 0) {
      const area = fill(labels, stack, i, 1, width, height, connectivity);
      if (area > best) best = area;
    }
  }
  return best;
}
