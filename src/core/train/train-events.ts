/** Why training ended. */
export type StopReason = 'completed' | 'early-stopped' | 'aborted' | 'diverged';

/** How a run ended, as data the interface words for the learner (`stopText`). */
export interface TrainStop {
  reason: StopReason;
  /** Epochs that ran to completion. */
  epochsRun: number;
  /** The epoch whose weights the model now holds (0 = the initial weights). */
  heldEpoch: number;
  /** Early-stopping patience of the run (0 = off). */
  patience: number;
  /** True when the best epoch's weights were restored; false when the latest ones are kept. */
  restoredBest: boolean;
}

/** Events the training loop yields, in order: start, (batch*, epoch)*, done. Plain data only. */
export type TrainEvent =
  | { type: 'start'; epochs: number; batchesPerEpoch: number; nTrain: number; nVal: number }
  | { type: 'batch'; epoch: number; batch: number; batchesPerEpoch: number; elapsedSeconds: number }
  | {
      type: 'epoch';
      /** 1-based epoch number. */
      epoch: number;
      /** Mean training loss over the epoch's batches. */
      trainLoss: number;
      /** Mean loss on the validation set after the epoch (NaN when there is none). */
      valLoss: number;
      /** True when this epoch is the best so far (lowest validation loss, or training loss without validation). */
      improved: boolean;
      seconds: number;
      elapsedSeconds: number;
    }
  | {
      type: 'done';
      reason: StopReason;
      /** Epochs that ran to completion. */
      epochsRun: number;
      /** The epoch whose weights the model now holds (0 = the initial weights). */
      bestEpoch: number;
      bestLoss: number;
      secondsPerEpoch: number;
      /** Why and how it ended, for the learner. */
      stop: TrainStop;
    };

/** Settings of one training run. */
export interface TrainOptions {
  /** Maximum epochs, ≥ 1. */
  epochs: number;
  /** Samples per batch, 1..nTrain. */
  batchSize: number;
  /** Adam learning rate, > 0. */
  learningRate: number;
  /** Stop after this many epochs without a better validation loss; 0 disables early stopping. */
  patience: number;
  /** Seed of the per-epoch shuffles. */
  seed: number;
  /**
   * Rescale each batch's gradients so their global L2 norm is at most this
   * (absent or 0 = no clipping). Guards against one early batch with a huge loss
   * filling Adam's second moments and freezing training for thousands of steps.
   */
  clipNorm?: number;
  /** Restore the best epoch's weights at the end (default true). */
  restoreBest?: boolean;
  /** Aborting stops training within one batch, keeping the best weights so far. */
  signal?: AbortSignal;
}
