import type { TrainOptions } from './train-events';

/**
 * Checks training settings against the data size. Returns one message per
 * problem (empty when all is well), worded for the learner.
 */
export function validateTrainOptions(opts: TrainOptions, nTrain: number): string[] {
  const errors: string[] = [];
  if (nTrain < 1) errors.push('There is no training data: choose at least one normal class.');
  if (!Number.isInteger(opts.epochs) || opts.epochs < 1) errors.push('Epochs must be a whole number ≥ 1.');
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) errors.push('Batch size must be a whole number ≥ 1.');
  else if (nTrain >= 1 && opts.batchSize > nTrain) {
    errors.push(`Batch size ${opts.batchSize} is larger than the ${nTrain} training samples.`);
  }
  if (!(opts.learningRate > 0 && opts.learningRate <= 1)) errors.push('Learning rate must be in (0, 1].');
  if (!Number.isInteger(opts.patience) || opts.patience < 0) errors.push('Patience must be a whole number ≥ 0 (0 = off).');
  if (opts.clipNorm !== undefined && !(opts.clipNorm >= 0 && Number.isFinite(opts.clipNorm))) errors.push('Gradient clipping must be a finite norm ≥ 0 (0 = off).');
  return errors;
}
