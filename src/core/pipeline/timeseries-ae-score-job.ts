import * as tf from '@tensorflow/tfjs';
import { createDenseAutoencoder } from '../model/dense-autoencoder';
import { scoreReconstructions } from '../score/reconstruction-scores';
import { meanSquaredErrors } from '../timeseries/group-roc';
import { applyStepScaler, fitStepScaler, type StepScaler } from '../timeseries/standardize';
import { fail } from '../problem';
import type { JobEvent } from './job-events';
import type { TimeseriesAeJobInput } from './timeseries-ae-job';

/** Input of the time-series score job: the training job's data and model, and the trained weights. */
export interface TimeseriesAeScoreInput extends Pick<TimeseriesAeJobInput, 'L' | 'x' | 'poolRows' | 'valFraction' | 'model'> {
  weights: Float32Array[];
}

/** What the result cells need: the training job's result without training. */
export interface TimeseriesAeScoreResult {
  mse: Float32Array;
  reconstructions: Float32Array;
  scaler: StepScaler;
  nTrain: number;
  nVal: number;
  backend: string;
}

/**
 * Refits the per-step scaler on the pool exactly as training did, rebuilds the
 * model from its weights and scores every series by its MSE. Leaves no tensors behind.
 */
export async function* timeseriesAeScoreJob(input: TimeseriesAeScoreInput): AsyncGenerator<JobEvent, TimeseriesAeScoreResult> {
  const { L, x } = input;
  if (!Number.isInteger(L) || L < 2 || x.length % L !== 0) fail('series-length-mismatch', { length: L, values: x.length });
  const n = x.length / L;
  const pool = input.poolRows ?? Int32Array.from({ length: n }, (_, i) => i);
  const nVal = Math.floor(pool.length * input.valFraction);
  const scaler = fitStepScaler(x, L, pool);
  const model = createDenseAutoencoder({ ...input.model, inputSize: L }, 0);
  try {
    model.setWeights(input.weights);
    yield { type: 'eval', phase: 'scoring', done: 0, total: n };
    const all = tf.tensor2d(applyStepScaler(x, scaler), [n, L]);
    const scored = await scoreReconstructions(model, all, { keepReconstructions: true }).finally(() => all.dispose());
    yield { type: 'eval', phase: 'scoring', done: n, total: n };
    return { mse: meanSquaredErrors(scored.scores.l2, L), reconstructions: scored.reconstructions!, scaler, nTrain: pool.length - nVal, nVal, backend: tf.getBackend() };
  } finally {
    model.dispose();
  }
}
