import * as tf from '@tensorflow/tfjs';
import { ProblemError } from '../problem';
import { createRng, permutation } from '../random/rng';
import { gatherRows, sliceRows } from '../model/gather-slices';
import { disposeSnapshot, restoreSnapshot, takeSnapshot } from '../model/snapshot';
import type { Snapshot, TrainableModel } from '../model/trainable-model';
import type { StopReason, TrainEvent, TrainOptions } from './train-events';
import { validateTrainOptions } from './validate-train-options';
import { yieldToEventLoop } from './yield-to-event-loop';

/** Training data kept on the backend for the whole run. Owned by the caller. */
export interface TrainData {
  /** [nTrain, features] */
  train: tf.Tensor2D;
  /** [nVal, features], or null to monitor the training loss instead. */
  val: tf.Tensor2D | null;
}

const EVAL_BATCH = 1024;

/**
 * Trains `model` with Adam (ε = 1e-7 on every backend, see tfjs#6980) on shuffled
 * mini-batches, yielding plain-data events. Losses are read once per epoch, never
 * per batch, so GPU backends are not stalled. Between batches the loop yields to
 * the event loop so an abort (a worker's cancel message) lands within one batch.
 *
 * Early stopping watches the validation loss (training loss without validation
 * data); the best weights are restored at the end unless `restoreBest` is false.
 * A non-finite loss stops training ('diverged') and restores the last good
 * weights. The optimizer and every snapshot are freed before the generator
 * finishes, also when the consumer stops iterating early: the tensor count after
 * a run equals the count before it.
 */
export async function* trainModel(model: TrainableModel, data: TrainData, opts: TrainOptions): AsyncGenerator<TrainEvent> {
  const nTrain = data.train.shape[0];
  const nVal = data.val ? data.val.shape[0] : 0;
  const problems = validateTrainOptions(opts, nTrain);
  if (problems.length > 0) throw new ProblemError(problems[0]);

  const batchesPerEpoch = Math.ceil(nTrain / opts.batchSize);
  const optimizer = tf.train.adam(opts.learningRate, 0.9, 0.999, 1e-7);
  const rng = createRng(opts.seed ^ 0x5eed);
  const vars = model.trainableVariables();
  let best: Snapshot | null = takeSnapshot(model);
  let bestLoss = Infinity;
  let bestEpoch = 0;
  let sinceBest = 0;
  let epochsRun = 0;
  const t0 = now();
  let reason: StopReason = 'completed';
  let lossSum: tf.Scalar | null = null;

  try {
    yield { type: 'start', epochs: opts.epochs, batchesPerEpoch, nTrain, nVal };
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      const te = now();
      const order = permutation(nTrain, rng);
      lossSum = tf.keep(tf.scalar(0));
      for (let b = 0; b < batchesPerEpoch; b++) {
        if (opts.signal?.aborted) break;
        const idx = order.subarray(b * opts.batchSize, Math.min(nTrain, (b + 1) * opts.batchSize));
        const next = tf.tidy(() => {
          const batch = gatherRows(data.train, idx);
          const cost = opts.clipNorm ? clippedStep(optimizer, () => model.loss(batch, true), vars, opts.clipNorm) : (optimizer.minimize(() => model.loss(batch, true), true, vars) as tf.Scalar);
          return tf.add(lossSum!, tf.mul(cost, idx.length)) as tf.Scalar;
        });
        lossSum!.dispose();
        lossSum = tf.keep(next);
        yield { type: 'batch', epoch, batch: b + 1, batchesPerEpoch, elapsedSeconds: now() - t0 };
        await yieldToEventLoop();
      }
      if (opts.signal?.aborted) {
        lossSum.dispose();
        lossSum = null;
        reason = 'aborted';
        break;
      }
      const valSum = data.val ? evalLossSum(model, data.val) : null;
      const [trainArr, valArr] = await Promise.all([lossSum.data(), valSum ? valSum.data() : Promise.resolve(null)]);
      tf.dispose([lossSum, ...(valSum ? [valSum] : [])]);
      lossSum = null;
      const trainLoss = trainArr[0] / nTrain;
      const valLoss = valArr ? valArr[0] / nVal : NaN;
      const monitored = data.val ? valLoss : trainLoss;
      if (!Number.isFinite(trainLoss) || (data.val && !Number.isFinite(valLoss))) {
        reason = 'diverged';
        yield { type: 'epoch', epoch, trainLoss, valLoss, improved: false, seconds: now() - te, elapsedSeconds: now() - t0 };
        break;
      }
      epochsRun = epoch;
      const improved = monitored < bestLoss;
      if (improved) {
        bestLoss = monitored;
        bestEpoch = epoch;
        sinceBest = 0;
        disposeSnapshot(best);
        best = takeSnapshot(model);
      } else {
        sinceBest += 1;
      }
      yield { type: 'epoch', epoch, trainLoss, valLoss, improved, seconds: now() - te, elapsedSeconds: now() - t0 };
      if (opts.patience > 0 && sinceBest >= opts.patience) {
        reason = 'early-stopped';
        break;
      }
    }
    const mustRestore = reason === 'diverged' || opts.restoreBest !== false;
    if (mustRestore && best) restoreSnapshot(model, best);
    const heldEpoch = mustRestore ? bestEpoch : epochsRun;
    yield {
      type: 'done',
      reason,
      epochsRun,
      bestEpoch: heldEpoch,
      bestLoss,
      secondsPerEpoch: epochsRun > 0 ? (now() - t0) / epochsRun : NaN,
      stop: { reason, epochsRun, heldEpoch, patience: opts.patience, restoredBest: mustRestore },
    };
  } finally {
    lossSum?.dispose();
    disposeSnapshot(best);
    best = null;
    optimizer.dispose();
  }
}

/** Sum of per-sample losses on `x` (eval mode), in batches. Scalar owned by the caller. */
function evalLossSum(model: TrainableModel, x: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const n = x.shape[0];
    let sum: tf.Tensor = tf.scalar(0);
    for (let start = 0; start < n; start += EVAL_BATCH) {
      const size = Math.min(EVAL_BATCH, n - start);
      const batch = sliceRows(x, start, size);
      sum = tf.add(sum, tf.mul(model.loss(batch, false), size));
    }
    return sum as tf.Scalar;
  });
}

/**
 * One optimizer step with the gradients scaled down to global norm ≤ `maxNorm`,
 * computed on the backend (no synchronous read). Returns the loss; call in a tidy.
 */
export function clippedStep(optimizer: tf.Optimizer, loss: () => tf.Scalar, vars: tf.Variable[], maxNorm: number): tf.Scalar {
  const { value, grads } = tf.variableGrads(loss, vars);
  const list = Object.values(grads);
  const norm = tf.sqrt(tf.addN(list.map((g) => tf.sum(tf.square(g)))));
  const scale = tf.minimum(1, tf.div(maxNorm, tf.maximum(norm, 1e-12)));
  optimizer.applyGradients(Object.fromEntries(Object.entries(grads).map(([name, g]) => [name, tf.mul(g, scale)])));
  return value;
}

function now(): number {
  return performance.now() / 1000;
}
