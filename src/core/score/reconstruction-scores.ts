import * as tf from '@tensorflow/tfjs';
import { sliceRows } from '../model/gather-slices';

/** How a per-pixel |x − x̂| map is reduced to one anomaly score per sample. */
export type ScoreKind = 'l1' | 'l2' | 'max';

/** Per-sample anomaly scores, each Float32Array of length n, ≥ 0. */
export interface ReconstructionScores {
  /** Σ|x − x̂| — seed 000's score. */
  l1: Float32Array;
  /** Σ(x − x̂)² (the per-sample MSE × features — seed 002 plots the MSE). */
  l2: Float32Array;
  /** max |x − x̂| — the single worst pixel. */
  max: Float32Array;
}

/** Anything that reconstructs a batch: [batch, f] → [batch, f], caller-owned result. */
export interface Reconstructor {
  reconstruct(x: tf.Tensor2D): tf.Tensor2D;
}

/** Scores and, optionally, the reconstructions themselves. */
export interface ScoredSet {
  scores: ReconstructionScores;
  /** Row-major [n, f] reconstructions in the model's output range, or null. */
  reconstructions: Float32Array | null;
}

/**
 * Reconstructs `x` ([n, f], owned by the caller) in batches and computes every
 * score kind on the backend; reads the results once at the end. Leaves no tensors behind.
 */
export async function scoreReconstructions(
  model: Reconstructor,
  x: tf.Tensor2D,
  opts: { batchSize?: number; keepReconstructions?: boolean } = {},
): Promise<ScoredSet> {
  const batchSize = opts.batchSize ?? 1024;
  const [n] = x.shape;
  const parts = { l1: [] as tf.Tensor[], l2: [] as tf.Tensor[], max: [] as tf.Tensor[], rec: [] as tf.Tensor[] };
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start);
    tf.tidy(() => {
      const batch = sliceRows(x, start, size);
      const rec = model.reconstruct(batch);
      const diff = tf.abs(tf.sub(batch, rec));
      parts.l1.push(tf.keep(tf.sum(diff, 1)));
      parts.l2.push(tf.keep(tf.sum(tf.square(diff), 1)));
      parts.max.push(tf.keep(tf.max(diff, 1)));
      if (opts.keepReconstructions) parts.rec.push(tf.keep(rec));
    });
  }
  const all = {
    l1: tf.concat(parts.l1),
    l2: tf.concat(parts.l2),
    max: tf.concat(parts.max),
    rec: parts.rec.length > 0 ? tf.concat(parts.rec) : null,
  };
  tf.dispose([...parts.l1, ...parts.l2, ...parts.max, ...parts.rec]);
  try {
    const [l1, l2, max, rec] = await Promise.all([
      all.l1.data() as Promise<Float32Array>,
      all.l2.data() as Promise<Float32Array>,
      all.max.data() as Promise<Float32Array>,
      all.rec ? (all.rec.data() as Promise<Float32Array>) : Promise.resolve(null),
    ]);
    return { scores: { l1, l2, max }, reconstructions: rec };
  } finally {
    tf.dispose([all.l1, all.l2, all.max, ...(all.rec ? [all.rec] : [])]);
  }
}
