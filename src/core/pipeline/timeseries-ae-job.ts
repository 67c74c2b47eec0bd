import * as tf from '@tensorflow/tfjs';
import { createDenseAutoencoder, type DenseAeConfig } from '../model/dense-autoencoder';
import { scoreReconstructions } from '../score/reconstruction-scores';
import { meanSquaredErrors } from '../timeseries/group-roc';
import { applyStepScaler, fitStepScaler, type StepScaler } from '../timeseries/standardize';
import type { TrainOptions } from '../train/train-events';
import { trainThen, type TrainSummary } from '../train/train-job';
import { fail } from '../problem';
import type { JobEvent } from './job-events';

/** Input of the time-series lesson job. Typed arrays are plain data (transferred to the worker). */
export interface TimeseriesAeJobInput {
  /** Steps per series. */
  L: number;
  /** Raw series, row-major [n, L], in the order they were generated or loaded. */
  x: Float32Array;
  /**
   * Rows the model may learn from (the scaler is fitted on them too), in order.
   * null = every row: the contaminated set, as in the seed. A clean subset
   * (only the normal group) is the comparison.
   */
  poolRows: Int32Array | null;
  /**
   * Fraction of the pool held out at its end for the validation loss, in [0, 0.5]
   * (Keras' validation_split; the seed uses 0.25). 0 = train on the whole pool.
   */
  valFraction: number;
  model: Omit<DenseAeConfig, 'inputSize'>;
  train: Omit<TrainOptions, 'signal'>;
  /** Seed of the initial weights. */
  initSeed: number;
}

/** Plain-data result of the time-series job. Every series is scored, trained on or not. */
export interface TimeseriesAeJobResult extends TrainSummary {
  /** Per-series MSE in standardised units, length n, in input order. */
  mse: Float32Array;
  /** Reconstructions in standardised units, row-major [n, L]. Invert with `scaler` for raw units. */
  reconstructions: Float32Array;
  /** The per-step scaler fitted on the pool. */
  scaler: StepScaler;
  /** The trained weights (`DenseAutoencoder.getWeights()` order), for reopening the model later. */
  weights: Float32Array[];
  nTrain: number;
  nVal: number;
  backend: string;
}

/**
 * Standardises per time step (fitted on the pool), trains a dense autoencoder
 * on the first (1 − valFraction) of the pool, then scores every series by its
 * MSE. Yields training and scoring events; leaves no tensors behind.
 * Throws a `ProblemError` for invalid rows, fractions or settings.
 */
export async function* timeseriesAeJob(input: TimeseriesAeJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, TimeseriesAeJobResult> {
  const { L, x } = input;
  if (!Number.isInteger(L) || L < 2 || x.length % L !== 0) fail('series-length-mismatch', { length: L, values: x.length });
  const n = x.length / L;
  if (!(input.valFraction >= 0 && input.valFraction <= 0.5)) fail('val-fraction-range', { max: 0.5, got: input.valFraction });
  const pool = input.poolRows ?? Int32Array.from({ length: n }, (_, i) => i);
  const nVal = Math.floor(pool.length * input.valFraction);
  const nTrain = pool.length - nVal;
  if (nTrain < 1) fail('no-series-to-train', {});
  const scaler = fitStepScaler(x, L, pool);
  const z = applyStepScaler(x, scaler);
  const rows = (from: number, to: number): Float32Array => {
    const out = new Float32Array((to - from) * L);
    for (let k = from; k < to; k++) out.set(z.subarray(pool[k] * L, pool[k] * L + L), (k - from) * L);
    return out;
  };
  return yield* trainThen(
    () => createDenseAutoencoder({ ...input.model, inputSize: L }, input.initSeed),
    { features: L, train: rows(0, nTrain), val: nVal > 0 ? rows(nTrain, pool.length) : null },
    { ...input.train, signal },
    async function* (model, _data, summary): AsyncGenerator<JobEvent, TimeseriesAeJobResult> {
      yield { type: 'eval', phase: 'scoring', done: 0, total: n };
      const all = tf.tensor2d(z, [n, L]);
      const scored = await scoreReconstructions(model, all, { keepReconstructions: true }).finally(() => all.dispose());
      yield { type: 'eval', phase: 'scoring', done: n, total: n };
      return {
        mse: meanSquaredErrors(scored.scores.l2, L),
        reconstructions: scored.reconstructions!,
        scaler,
        weights: await model.getWeights(),
        nTrain,
        nVal,
        ...summary,
        backend: tf.getBackend(),
      };
    },
  );
}
