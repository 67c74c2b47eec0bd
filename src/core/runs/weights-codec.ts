import { getFloat16, setFloat16 } from '@petamoriken/float16';

/** How stored weights keep their values: exact float32, or float16 (half the bytes, rounded to ~3 significant digits). */
export type WeightPrecision = 'float32' | 'float16';

/** A model's weights as one buffer: every array's values in order, little-endian. Plain data (structured-clonable). */
export interface PackedWeights {
  precision: WeightPrecision;
  /** Length of each weight array, in order. */
  lengths: number[];
  /** lengths' sum × 4 (float32) or × 2 (float16) bytes. */
  data: ArrayBuffer;
}

/** Bytes per value of a precision. */
export function bytesPerValue(precision: WeightPrecision): number {
  return precision === 'float16' ? 2 : 4;
}

/**
 * Packs weight arrays into one buffer at `precision`. float16 rounds to the
 * nearest half-precision value (values past ±65504 become ±Infinity, which
 * trained weights never reach). The inputs are not changed.
 */
export function packWeights(weights: readonly Float32Array[], precision: WeightPrecision): PackedWeights {
  const lengths = weights.map((w) => w.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const data = new ArrayBuffer(total * bytesPerValue(precision));
  if (precision === 'float32') {
    const out = new Float32Array(data);
    let at = 0;
    for (const w of weights) {
      out.set(w, at);
      at += w.length;
    }
  } else {
    const view = new DataView(data);
    let at = 0;
    for (const w of weights) for (let i = 0; i < w.length; i++, at += 2) setFloat16(view, at, w[i], true);
  }
  return { precision, lengths, data };
}

/** The weight arrays of `packed`, as float32 (new arrays). Throws a RangeError when the buffer and lengths disagree. */
export function unpackWeights(packed: PackedWeights): Float32Array[] {
  const per = bytesPerValue(packed.precision);
  const total = packed.lengths.reduce((a, b) => a + b, 0);
  if (packed.data.byteLength !== total * per) throw new RangeError(`Weights buffer has ${packed.data.byteLength} bytes, expected ${total * per}.`);
  const out: Float32Array[] = [];
  let at = 0;
  const view = new DataView(packed.data);
  for (const n of packed.lengths) {
    if (packed.precision === 'float32') out.push(new Float32Array(packed.data.slice(at, at + n * 4)));
    else {
      const w = new Float32Array(n);
      for (let i = 0; i < n; i++) w[i] = getFloat16(view, at + i * 2, true);
      out.push(w);
    }
    at += n * per;
  }
  return out;
}
