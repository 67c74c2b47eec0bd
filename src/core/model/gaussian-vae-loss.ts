import * as tf from '@tensorflow/tfjs';

/** log(2π), the constant of the Gaussian negative log-likelihood. */
export const LOG_2PI = Math.log(2 * Math.PI);

/** What the VAE loss needs for one batch. Tensors are borrowed, not disposed. */
export interface VaeLossInputs {
  /** Targets [B, P] (P pixels per patch). */
  x: tf.Tensor2D;
  /** Decoder means μ [B, P]. */
  mu: tf.Tensor2D;
  /** Decoder log-variances log σ² [B, P] (a shared σ broadcast to this shape). */
  logVar: tf.Tensor2D;
  /** Encoder means [B, L]. */
  zMean: tf.Tensor2D;
  /** Encoder log-variances [B, L]. */
  zLogVar: tf.Tensor2D;
}

/**
 * Per patch: KL(q(z|x) ‖ N(0, I)) = −½ Σ_l (1 + log s² − m² − s²), ≥ 0.
 * @returns [B], owned by the caller (or the enclosing tidy)
 */
export function klPerSample(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mul(-0.5, tf.sum(tf.sub(tf.sub(tf.add(1, zLogVar), tf.square(zMean)), tf.exp(zLogVar)), 1)) as tf.Tensor1D);
}

/**
 * Per patch: Gaussian negative log-likelihood with a predicted variance,
 * ½ Σ_p (x − μ)²/σ² + ½ Σ_p log(2πσ²). Can be negative: a density above 1
 * (σ² < 1/2π with a good fit) has a negative −log.
 * @returns [B], owned by the caller (or the enclosing tidy)
 */
export function gaussianNllPerSample(x: tf.Tensor2D, mu: tf.Tensor2D, logVar: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const weighted = tf.mul(tf.squaredDifference(x, mu), tf.exp(tf.neg(logVar)));
    return tf.mul(0.5, tf.sum(tf.add(weighted, tf.add(logVar, LOG_2PI)), 1)) as tf.Tensor1D;
  });
}

/**
 * Seed 004's loss per patch, averaged over the batch:
 * mean_b [ β·KL + ½Σ(x−μ)²/σ² + ½Σ log 2πσ² ].
 * (The seed's Keras code sums the two pixel terms over the whole batch but
 * averages KL, i.e. β = 1/batch in these units.)
 * @returns scalar, owned by the caller (or the enclosing tidy)
 */
export function vaeLoss(inp: VaeLossInputs, beta: number): tf.Scalar {
  return tf.tidy(() => {
    const nll = gaussianNllPerSample(inp.x, inp.mu, inp.logVar);
    const kl = klPerSample(inp.zMean, inp.zLogVar);
    return tf.mean(tf.add(nll, tf.mul(beta, kl))) as tf.Scalar;
  });
}
