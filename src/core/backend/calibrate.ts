import * as tf from '@tensorflow/tfjs';
import { forwardFlopsPerSample, type DenseAeConfig } from '../model/dense-ae-architecture';
import { createDenseAutoencoder } from '../model/dense-autoencoder';

/** The training a calibration imitates: the lesson's model, batch size and training-set size. */
export interface CalibrationWorkload {
  model: DenseAeConfig;
  batchSize: number;
  nTrain: number;
}

/** What a calibration measured on the current backend. */
export interface CalibrationResult {
  /** Seconds per training step (forward, backward, Adam) after warm-up. */
  secondsPerStep: number;
  /** False when the warm-up alone used up the budget: `secondsPerStep` is then the warm-up's, an upper bound. */
  complete: boolean;
  /** Wall time the calibration took, warm-up included. */
  seconds: number;
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Timed steps after one warm-up step. Default 3. */
  steps?: number;
  /** Stop timing after the warm-up when it took longer than this. Default 4 s. */
  budgetSeconds?: number;
}

/**
 * Times a few training steps of the workload's model on random data on the
 * current tfjs backend: one warm-up step (kernel compilation, allocation), then
 * `steps` timed steps ended by reading the last loss, so queued GPU work is
 * counted. Leaves no tensors behind.
 */
export async function calibrate(workload: CalibrationWorkload, opts: CalibrateOptions = {}): Promise<CalibrationResult> {
  const steps = opts.steps ?? 3;
  const budget = opts.budgetSeconds ?? 4;
  const model = createDenseAutoencoder(workload.model, 1);
  const x = tf.randomUniform([workload.batchSize, workload.model.inputSize], 0, 1, 'float32', 1) as tf.Tensor2D;
  const optimizer = tf.train.adam(1e-3, 0.9, 0.999, 1e-7);
  const vars = model.trainableVariables();
  /** Runs `n` steps and reads the last loss once, as training does per epoch. */
  const run = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) {
      const cost = optimizer.minimize(() => model.loss(x, true), true, vars) as tf.Scalar;
      if (i === n - 1) await cost.data();
      cost.dispose();
    }
  };
  const t0 = now();
  try {
    await run(1);
    const warm = now() - t0;
    if (warm > budget) return { secondsPerStep: warm, complete: false, seconds: warm };
    const t1 = now();
    await run(steps);
    return { secondsPerStep: (now() - t1) / steps, complete: true, seconds: now() - t0 };
  } finally {
    optimizer.dispose();
    model.dispose();
    x.dispose();
  }
}

/** Seconds per epoch a calibration predicts for `nTrain` rows. */
export function epochSeconds(result: Pick<CalibrationResult, 'secondsPerStep'>, workload: Pick<CalibrationWorkload, 'batchSize' | 'nTrain'>): number {
  return result.secondsPerStep * Math.ceil(workload.nTrain / workload.batchSize);
}

/** FLOPs of one training step: forward plus two backward matmuls per layer, for a whole batch. */
export function stepFlops(workload: Pick<CalibrationWorkload, 'model' | 'batchSize'>): number {
  return 3 * forwardFlopsPerSample(workload.model) * workload.batchSize;
}

function now(): number {
  return performance.now() / 1000;
}
