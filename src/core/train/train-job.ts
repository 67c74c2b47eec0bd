import * as tf from '@tensorflow/tfjs';
import { fail } from '../problem';
import type { TrainableModel } from '../model/trainable-model';
import type { StopReason, TrainEvent, TrainOptions, TrainStop } from './train-events';
import { trainModel, type TrainData } from './train-loop';

/** How a training run went, as plain data. Lesson job results extend it. */
export interface TrainSummary {
  /** Mean training loss of each completed epoch, in order. */
  trainLoss: number[];
  /** Validation loss after each epoch (NaN entries when there was no validation data). */
  valLoss: number[];
  /** Epochs that ran to completion. */
  epochsRun: number;
  /** The epoch whose weights the model holds (0 = the initial weights). */
  bestEpoch: number;
  stopReason: StopReason;
  /** Why and how training ended, for the learner. */
  stop: TrainStop;
  secondsPerEpoch: number;
}

/** Rows to train on, as plain data, row-major [n, features]. */
export interface TrainRows {
  /** Values per row (> 0). */
  features: number;
  /** Training rows; their count is `train.length / features`. */
  train: Float32Array;
  /** Validation rows; null or empty = none (the loop then watches the training loss). */
  val: Float32Array | null;
}

/**
 * Runs `trainModel` on tensors the caller owns, forwarding every event, and
 * returns the run's summary (losses per epoch, stop reason, best epoch).
 * Throws the `no-done-event` problem if the loop ends without its 'done' event.
 */
export async function* trainSummarised(model: TrainableModel, data: TrainData, opts: TrainOptions): AsyncGenerator<TrainEvent, TrainSummary> {
  const trainLoss: number[] = [];
  const valLoss: number[] = [];
  let done: Extract<TrainEvent, { type: 'done' }> | null = null;
  for await (const event of trainModel(model, data, opts)) {
    if (event.type === 'epoch') {
      trainLoss.push(event.trainLoss);
      valLoss.push(event.valLoss);
    }
    if (event.type === 'done') done = event;
    yield event;
  }
  if (!done) return fail('no-done-event', {});
  return {
    trainLoss,
    valLoss,
    epochsRun: done.epochsRun,
    bestEpoch: done.bestEpoch,
    stopReason: done.reason,
    stop: done.stop,
    secondsPerEpoch: done.secondsPerEpoch,
  };
}

/**
 * The life of a lesson job's model: creates it with `create`, uploads `rows`,
 * trains (forwarding every training event), then delegates to `after` with the
 * trained model, the data tensors and the summary, and returns what `after`
 * returns. The model and the data tensors belong to this function: they are
 * freed when `after` finishes, when anything throws, and when the consumer
 * stops iterating early. `after` must not keep them.
 */
export async function* trainThen<M extends TrainableModel, E, R>(
  create: () => M,
  rows: TrainRows,
  opts: TrainOptions,
  after: (model: M, data: TrainData, summary: TrainSummary) => AsyncGenerator<E, R>,
): AsyncGenerator<TrainEvent | E, R> {
  const { features } = rows;
  const model = create();
  const owned: tf.Tensor[] = [];
  try {
    const train = tf.tensor2d(rows.train, [rows.train.length / features, features]);
    owned.push(train);
    const val = rows.val && rows.val.length > 0 ? tf.tensor2d(rows.val, [rows.val.length / features, features]) : null;
    if (val) owned.push(val);
    const data: TrainData = { train, val };
    const summary = yield* trainSummarised(model, data, opts);
    return yield* after(model, data, summary);
  } finally {
    tf.dispose(owned);
    model.dispose();
  }
}
