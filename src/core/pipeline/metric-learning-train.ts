import * as tf from '@tensorflow/tfjs';
import { softmaxCrossEntropy, type MetricNet } from '../model/l2-softmax';
import { createRng, permutation } from '../random/rng';
import type { StopReason } from '../train/train-events';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import type { JobEvent } from './job-events';

/** Settings of {@link trainMetricNet}. */
export interface MetricTrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** 'sgd': SGD with momentum 0.9 (the seed); 'adam': Adam (ε = 1e-7). */
  optimizer: 'sgd' | 'adam';
  /** Seed of the per-epoch shuffles. */
  seed: number;
  signal?: AbortSignal;
  /** When the whole run started (seconds, `performance.now() / 1000`): the events' `elapsedSeconds` count from it (default: this training's start). */
  runStart?: number;
  /** Epochs the run's earlier models completed: the 'done' event's counts include them (default 0). */
  epochsBefore?: number;
}

/** What a training run gives back. */
export interface MetricTrainResult {
  /** Mean cross-entropy per epoch. */
  loss: number[];
  /** Fraction of training images classified right per epoch (training-mode batch norm). */
  accuracy: number[];
  epochsRun: number;
  reason: StopReason;
  secondsPerEpoch: number;
}

/**
 * Trains the classifier on shuffled mini-batches. Yields the shared training
 * events (start, batch, epoch, done; `valLoss` is NaN) and after each epoch
 * `{ type: 'eval', phase: 'accuracy', done: correct, total: nTrain }`. Losses
 * and accuracies are read once per epoch. The events speak for the whole run
 * of an ensemble: `elapsedSeconds` counts from `runStart`, and the 'done'
 * event's epochs (`epochsRun`, `stop.epochsRun`) add `epochsBefore`, so a
 * stop before this model's first epoch ended still reports the earlier
 * models' epochs (the result's `epochsRun` is this model's). Aborting stops within one batch;
 * a non-finite loss stops training ('diverged'). The optimizer is freed at
 * the end; the model keeps its latest weights.
 * @param x [nTrain, size²]; @param labels [nTrain] int32 class indices
 */
export async function* trainMetricNet(net: MetricNet, x: tf.Tensor2D, labels: tf.Tensor1D, opts: MetricTrainOptions): AsyncGenerator<JobEvent, MetricTrainResult> {
  const n = x.shape[0];
  const batchesPerEpoch = Math.ceil(n / opts.batchSize);
  const optimizer = opts.optimizer === 'sgd' ? tf.train.momentum(opts.learningRate, 0.9) : tf.train.adam(opts.learningRate, 0.9, 0.999, 1e-7);
  const rng = createRng(opts.seed ^ 0x5eed);
  const vars = net.trainableVariables();
  const loss: number[] = [];
  const accuracy: number[] = [];
  let reason: StopReason = 'completed';
  let lowestLoss = Infinity;
  const t0 = performance.now() / 1000;
  const runStart = opts.runStart ?? t0;
  try {
    yield { type: 'start', epochs: opts.epochs, batchesPerEpoch, nTrain: n, nVal: 0 };
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      const te = performance.now() / 1000;
      const order = permutation(n, rng);
      let sums = tf.keep(tf.zeros([2]));
      for (let b = 0; b < batchesPerEpoch && !opts.signal?.aborted; b++) {
        const idx = order.subarray(b * opts.batchSize, Math.min(n, (b + 1) * opts.batchSize));
        const next = tf.tidy(() => {
          const rows = tf.tensor2d(idx, [idx.length, 1], 'int32');
          const batch = tf.gatherND(x, rows) as tf.Tensor2D;
          const y = tf.gatherND(labels, rows) as tf.Tensor1D;
          let correct: tf.Tensor = tf.scalar(0);
          const cost = optimizer.minimize(() => {
            const logits = net.logits(batch, true);
            correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), y), 'float32')));
            return softmaxCrossEntropy(logits, y, net.config.classes);
          }, true, vars) as tf.Scalar;
          const out = tf.add(sums, tf.stack([tf.mul(cost, idx.length), correct]));
          correct.dispose();
          return out;
        });
        sums.dispose();
        sums = tf.keep(next);
        yield { type: 'batch', epoch, batch: b + 1, batchesPerEpoch, elapsedSeconds: performance.now() / 1000 - runStart };
        await yieldToEventLoop();
      }
      const [lossSum, correct] = await sums.data();
      sums.dispose();
      if (opts.signal?.aborted) {
        reason = 'aborted';
        break;
      }
      const trainLoss = lossSum / n;
      if (!Number.isFinite(trainLoss)) {
        reason = 'diverged';
        break;
      }
      loss.push(trainLoss);
      accuracy.push(correct / n);
      const now = performance.now() / 1000;
      // No validation here: the training loss decides which epoch is the best so far (the last epoch's weights are kept regardless).
      const improved = trainLoss < lowestLoss;
      if (improved) lowestLoss = trainLoss;
      yield { type: 'epoch', epoch, trainLoss, valLoss: NaN, improved, seconds: now - te, elapsedSeconds: now - runStart };
      yield { type: 'eval', phase: 'accuracy', done: correct, total: n };
    }
    const epochsRun = loss.length;
    const secondsPerEpoch = epochsRun > 0 ? (performance.now() / 1000 - t0) / epochsRun : NaN;
    const runEpochs = (opts.epochsBefore ?? 0) + epochsRun;
    yield {
      type: 'done',
      reason,
      epochsRun: runEpochs,
      bestEpoch: epochsRun,
      bestLoss: loss[epochsRun - 1] ?? NaN,
      secondsPerEpoch,
      stop: { reason, epochsRun: runEpochs, heldEpoch: epochsRun, patience: 0, restoredBest: false },
    };
    return { loss, accuracy, epochsRun, reason, secondsPerEpoch };
  } finally {
    optimizer.dispose();
    // tfjs' MomentumOptimizer.dispose() does not free its SGD parent's learning-rate scalar.
    (optimizer as unknown as { c?: tf.Tensor }).c?.dispose();
  }
}
