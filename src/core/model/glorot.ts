import type { Rng } from '../random/rng';

/**
 * Glorot (Xavier) uniform initial weights, Keras' default for Dense layers:
 * U(−l, l) with l = √(6 / (fanIn + fanOut)). Row-major [fanIn, fanOut].
 */
export function glorotUniform(fanIn: number, fanOut: number, rng: Rng): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < out.length; i++) out[i] = (rng.next() * 2 - 1) * limit;
  return out;
}
