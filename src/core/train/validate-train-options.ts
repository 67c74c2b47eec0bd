import { problem, type CoreProblem } from '../problem';
import type { TrainOptions } from './train-events';

/**
 * Checks training settings against the data size. Returns one problem per
 * setting that is wrong (empty when all is well), for the interface to word.
 */
export function validateTrainOptions(opts: TrainOptions, nTrain: number): CoreProblem[] {
  const out: CoreProblem[] = [];
  if (nTrain < 1) out.push(problem('no-train-data', {}));
  if (!Number.isInteger(opts.epochs) || opts.epochs < 1) out.push(problem('epochs-invalid', { got: opts.epochs }));
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) out.push(problem('batch-invalid', { got: opts.batchSize }));
  else if (nTrain >= 1 && opts.batchSize > nTrain) out.push(problem('batch-over-data', { batch: opts.batchSize, n: nTrain }));
  if (!(opts.learningRate > 0 && opts.learningRate <= 1)) out.push(problem('lr-invalid', { got: opts.learningRate }));
  if (!Number.isInteger(opts.patience) || opts.patience < 0) out.push(problem('patience-invalid', { got: opts.patience }));
  if (opts.clipNorm !== undefined && !(opts.clipNorm >= 0 && Number.isFinite(opts.clipNorm))) out.push(problem('clip-invalid', { got: opts.clipNorm }));
  return out;
}
