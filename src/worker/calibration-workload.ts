import type { CalibrationWorkload } from '../core/backend/calibrate';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import type { DenseAeJobInput } from '../core/pipeline/dense-ae-job';
import type { TimeseriesAeJobInput } from '../core/pipeline/timeseries-ae-job';

/** Lesson 1's default training: what 'auto' calibrates for jobs without a dense-AE shape of their own. */
export const DEFAULT_CALIBRATION_WORKLOAD: CalibrationWorkload = { model: SEED000_CONFIG, batchSize: 256, nTrain: 6068 };

/** The dense-AE job calibrates its own model and batch size. */
export function denseAeCalibration(i: DenseAeJobInput): CalibrationWorkload {
  const dim = i.split.dim;
  return { model: { ...i.model, inputSize: dim }, batchSize: i.train.batchSize, nTrain: Math.floor(i.split.trainX.length / dim) };
}

/** The time-series job calibrates its own (dense) model on the rows it trains on. */
export function timeseriesAeCalibration(i: TimeseriesAeJobInput): CalibrationWorkload {
  const rows = i.poolRows ? i.poolRows.length : i.x.length / i.L;
  return { model: { ...i.model, inputSize: i.L }, batchSize: i.train.batchSize, nTrain: rows - Math.floor(rows * i.valFraction) };
}
