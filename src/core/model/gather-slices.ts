import * as tf from '@tensorflow/tfjs';

/*
 * Copies of parts of a tensor without `tf.slice`. On the wasm backend the
 * Slice kernel runs in JavaScript and first copies its WHOLE input out of the
 * wasm heap into a fresh array (`readSync`), so cutting one border pixel off
 * a 2 MB activation costs a 2 MB copy plus the page faults of new memory:
 * ~6.7 ms median, against ~0.16 ms for one GatherNd (measured on wasm in
 * Node, 1 thread, [32, 34, 34, 16] → [32, 32, 32, 16]). GatherNd copies
 * whole innermost runs inside wasm and gives the same values on every backend.
 */

/** Flat pixel indices of crops, by geometry; a few layers' worth, so a small bounded map. */
const indexCache = new Map<string, Int32Array>();
const CACHE_LIMIT = 32;

/** Row (b·h + y)·w + x of the [B·H·W, C] view for every kept pixel, in output order. */
function pixelIndices(b: number, h: number, w: number, top: number, left: number, rows: number, cols: number): Int32Array {
  const key = `${b},${h},${w},${top},${left},${rows},${cols}`;
  const hit = indexCache.get(key);
  if (hit) return hit;
  const idx = new Int32Array(b * rows * cols);
  let k = 0;
  for (let n = 0; n < b; n++) {
    for (let y = 0; y < rows; y++) {
      const row = (n * h + top + y) * w + left;
      for (let x = 0; x < cols; x++) idx[k++] = row + x;
    }
  }
  if (indexCache.size >= CACHE_LIMIT) indexCache.delete(indexCache.keys().next().value as string);
  indexCache.set(key, idx);
  return idx;
}

/**
 * `x[:, top : top + rows, left : left + cols, :]`, the same values as
 * `tf.slice(x, [0, top, left, 0], [B, rows, cols, C])`.
 *
 * @param x [B, H, W, C]
 * @param top first kept row, 0 ≤ top, top + rows ≤ H (likewise left, cols, W)
 * @returns [B, rows, cols, C], a new tensor owned by the caller (or the enclosing tidy)
 */
export function cropPixels(x: tf.Tensor4D, top: number, left: number, rows: number, cols: number): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  if (top < 0 || left < 0 || rows < 1 || cols < 1 || top + rows > h || left + cols > w) throw new Error('crop-out-of-range');
  if (top === 0 && left === 0 && rows === h && cols === w) return tf.clone(x);
  return tf.tidy(() => {
    const idx = tf.tensor2d(pixelIndices(b, h, w, top, left, rows, cols), [b * rows * cols, 1], 'int32');
    const picked = tf.gatherND(tf.reshape(x, [b * h * w, c]), idx);
    return tf.reshape(picked, [b, rows, cols, c]) as tf.Tensor4D;
  });
}

/**
 * Rows `start … start + size − 1` of a 2-D tensor, the same values as
 * `tf.slice(x, [start, 0], [size, F])`, without copying the whole of x
 * (see above; a test or scoring batch of a large set).
 *
 * @param x [N, F]
 * @param start 0 ≤ start, start + size ≤ N (size 0 gives [0, F])
 * @returns [size, F], a new tensor owned by the caller (or the enclosing tidy)
 */
export function sliceRows(x: tf.Tensor2D, start: number, size: number): tf.Tensor2D {
  const [n, f] = x.shape;
  if (start < 0 || size < 0 || start + size > n) throw new Error('rows-out-of-range');
  if (size === 0) return tf.zeros([0, f]);
  if (start === 0 && size === n) return tf.clone(x);
  const idx = new Int32Array(size);
  for (let i = 0; i < size; i++) idx[i] = start + i;
  return gatherRows(x, idx);
}

/**
 * Rows `idx` of `x` (a shuffled training batch). On the wasm backend
 * `tf.gather` copies element by element (~10 ms for a 256×784 batch) and
 * `tf.slice` copies the whole source first; GatherNd copies whole rows (~0.1 ms).
 *
 * @param x [N, F]
 * @param idx row numbers, each in [0, N)
 * @returns [idx.length, F], a new tensor owned by the caller (or the enclosing tidy)
 */
export function gatherRows(x: tf.Tensor2D, idx: Int32Array): tf.Tensor2D {
  return tf.tidy(() => tf.gatherND(x, tf.tensor2d(idx, [idx.length, 1], 'int32')) as tf.Tensor2D);
}
