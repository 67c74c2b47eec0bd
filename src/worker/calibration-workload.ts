import type { CalibrationWorkload } from '../core/backend/calibrate';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import type { DenseAeJobInput } from '../core/pipeline/dense-ae-job';
import type { TimeseriesAeJobInput } from '../core/pipeline/timeseries-ae-job';

/** Lesson 1's default training: what 'auto' calibrates for jobs without a dense-AE shape of their own. */
export const DEFAULT_CALIBRATION_WORKLOAD: CalibrationWorkload = { model: SEED000_CONFIG, batchSize: 256, nTrain: 6068 };

/**
 * The training a job is about to run, as a calibration workload: the dense
 * autoencoder jobs calibrate their own model and batch size; any other job uses
 * lesson 1's default (relative backend speeds carry over roughly).
 */
export function calibrationWorkload(job: string, input: unknown): CalibrationWorkload {
  if (job === 'dense-ae') {
    const i = input as DenseAeJobInput;
    const dim = i.split.dim;
    return { model: { ...i.model, inputSize: dim }, batchSize: i.train.batchSize, nTrain: Math.floor(i.split.trainX.length / dim) };
  }
  if (job === 'timeseries-ae') {
    const i = input as TimeseriesAeJobInput;
    const rows = i.poolRows ? i.poolRows.length : i.x.length / i.L;
    return { model: { ...i.model, inputSize: i.L }, batchSize: i.train.batchSize, nTrain: rows - Math.floor(rows * i.valFraction) };
  }
  return DEFAULT_CALIBRATION_WORKLOAD;
}
