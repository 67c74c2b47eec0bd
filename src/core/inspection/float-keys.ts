/**
 * Order-preserving 32-bit keys of float32 scores and a radix sort on them:
 * sorting millions of pixel scores exactly in linear time, without index
 * arrays or comparator calls.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * The key of a float32 value: an unsigned 32-bit integer with
 * key(a) < key(b) ⇔ a < b and key(a) = key(b) ⇔ a = b (−0 and +0 share a key).
 * `value` must be finite (it is rounded to float32 first).
 */
export function floatKey(value: number): number {
  f32[0] = value;
  return bitsKey(u32[0]);
}

/** {@link floatKey} of the float32 whose IEEE-754 bits are `bits` (an unsigned 32-bit integer). */
export function bitsKey(bits: number): number {
  if (bits === 0x80000000) return 0x80000000;
  return bits > 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** The float32 value (as a number) of a key made by {@link floatKey}. */
export function keyValue(key: number): number {
  u32[0] = key >= 0x80000000 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
  return f32[0];
}

/** The smallest float32 strictly above the value of `key` (its next key); +Infinity above the largest finite float32. */
export function nextFloatAbove(key: number): number {
  return keyValue(key + 1);
}

/**
 * Sorts `keys` ascending (LSD radix, two 16-bit passes; a pass whose digit is
 * the same for every key is skipped) and moves `payload[i]` along with
 * `keys[i]` when given. Returns the sorted arrays: they are either the inputs
 * themselves or new arrays of the same length, so callers must use the return
 * value; the inputs' contents are undefined afterwards. O(n + 65,536) time,
 * one extra array of each kind.
 */
export function radixSortKeys(keys: Uint32Array, payload?: Uint32Array): { keys: Uint32Array; payload: Uint32Array | undefined } {
  const n = keys.length;
  if (payload && payload.length !== n) throw new Error('payload-length-mismatch');
  let src: Uint32Array = keys;
  let dst: Uint32Array = new Uint32Array(n);
  let pSrc: Uint32Array | undefined = payload;
  let pDst: Uint32Array | undefined = payload ? new Uint32Array(n) : undefined;
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i] >>> shift) & 0xffff]++;
    if (n === 0 || counts[(src[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    if (pSrc && pDst) {
      for (let i = 0; i < n; i++) {
        const k = src[i];
        const at = counts[(k >>> shift) & 0xffff]++;
        dst[at] = k;
        pDst[at] = pSrc[i];
      }
      [pSrc, pDst] = [pDst, pSrc];
    } else {
      for (let i = 0; i < n; i++) {
        const k = src[i];
        dst[counts[(k >>> shift) & 0xffff]++] = k;
      }
    }
    [src, dst] = [dst, src];
  }
  return { keys: src, payload: pSrc };
}
