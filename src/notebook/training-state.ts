import type { JobEvent } from '../core/pipeline/job-events';
import type { StopReason, TrainStop } from '../core/train/train-events';
import type { JobName, JobTypes } from '../worker/jobs';
import { firstProblem, type StoreAccess, type TrainingDeps } from './lesson-store';
import { failure, type Problem } from './settings/problem';

/** Live training progress: the fields of the shared train panel. */
export interface TrainingState {
  status: 'idle' | 'running' | 'done' | 'error';
  error: Problem | null;
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  epochs: number;
  elapsedSeconds: number;
  trainLoss: number[];
  valLoss: number[];
  bestEpoch: number | null;
  /** How the last run ended (worded by `stopText`), or null before one ends. */
  stop: TrainStop | null;
}

/** Progress before any run. */
export const IDLE_TRAINING: TrainingState = {
  status: 'idle',
  error: null,
  epoch: 0,
  batch: 0,
  batchesPerEpoch: 0,
  epochs: 0,
  elapsedSeconds: 0,
  trainLoss: [],
  valLoss: [],
  bestEpoch: null,
  stop: null,
};

/** What every lesson result says about the run that made it. Plain data. */
export interface RunSummary {
  /** The train key of the settings and data it was trained with. */
  key: string;
  stopReason: StopReason;
  secondsPerEpoch: number;
  epochsRun: number;
  backend: string;
}

/**
 * Folds one job event into the training progress: `start` sets the batches per
 * epoch, `batch` the position and time, `epoch` appends the losses and moves the
 * best epoch, `done` sets how the run ended and the best epoch. Other events
 * leave `t` as it is (the same object).
 */
export function reduceTrainEvent<T extends TrainingState>(t: T, e: JobEvent): T {
  switch (e.type) {
    case 'start':
      return { ...t, batchesPerEpoch: e.batchesPerEpoch };
    case 'batch':
      return { ...t, epoch: e.epoch, batch: e.batch, batchesPerEpoch: e.batchesPerEpoch, elapsedSeconds: e.elapsedSeconds };
    case 'epoch':
      return {
        ...t,
        trainLoss: [...t.trainLoss, e.trainLoss],
        valLoss: [...t.valLoss, e.valLoss],
        bestEpoch: e.improved ? e.epoch : t.bestEpoch,
        elapsedSeconds: e.elapsedSeconds,
      };
    case 'done':
      return { ...t, stop: e.stop, bestEpoch: e.bestEpoch };
    default:
      return t;
  }
}

/** Options of `createTrainingRunner`'s `run`. */
export interface RunOptions<T extends TrainingState, R> {
  /** Folds an event into the progress (default `reduceTrainEvent`). */
  reduce?: (t: T, e: JobEvent) => T;
  /**
   * Stores the result; `job.seconds` is the job's wall time, from its start to its result (the
   * epochs and what the job did around them). Errors thrown here end the run with an error
   * status, like a failed job. Not called for a run stopped before its first epoch ended (see `untrained`).
   */
  onResult(result: R, job: { seconds: number }): void | Promise<void>;
}

/**
 * Whether a run ended by Stop before its first epoch ended: its model is the
 * random initial one, whose scores mean nothing (issue 16: AUC 0.0103). The
 * runner then keeps the previous results and ends with status `done` and this
 * stop, which `stopText` words as "nothing was trained".
 */
export function untrained(stop: TrainStop | null): boolean {
  return stop !== null && stop.reason === 'aborted' && stop.epochsRun === 0;
}

/** Runs a lesson's jobs; see `createTrainingRunner`. */
export interface TrainingRunner<S extends { training: TrainingState }> {
  /** Runs `job` on `input` until it ends; resolves after the result was stored or the failure recorded. */
  run<K extends JobName>(job: K, input: JobTypes[K]['input'], options: RunOptions<S['training'], JobTypes[K]['result']>): Promise<void>;
  /** Stops the current run, if any (training keeps the best weights so far). */
  stop(): void;
}

/**
 * Runs lesson jobs in the worker, one at a time: streams the job's events into
 * `training` (batch events arrive already thinned by the worker, see
 * `BATCH_EVENT_INTERVAL_MS`), hands the result to the lesson (unless the run was
 * stopped before its first epoch ended: then the previous results stay), turns
 * a failure into an error status, and offers `stop`. The caller sets the running status.
 */
export function createTrainingRunner<S extends { training: TrainingState }>(access: StoreAccess<S>, deps: TrainingDeps): TrainingRunner<S> {
  const { get, set } = access;
  let cancelRun: (() => void) | null = null;

  async function run<K extends JobName>(job: K, input: JobTypes[K]['input'], options: RunOptions<S['training'], JobTypes[K]['result']>): Promise<void> {
    const reduce: (t: S['training'], e: JobEvent) => S['training'] = options.reduce ?? reduceTrainEvent;
    let stop: TrainStop | null = null;
    const onEvent = (e: JobEvent) => {
      if (e.type === 'done') stop = e.stop;
      const t = get().training;
      const next = reduce(t, e);
      if (next !== t) set({ training: next } as Partial<S>);
    };
    const now = deps.now ?? (() => performance.now());
    const started = now();
    const handle = deps.client.run(job, input, deps.backendPreference(), { onEvent, onBackend: deps.onBackendReport });
    cancelRun = handle.cancel;
    try {
      const result = await handle.result;
      if (untrained(stop)) set({ training: { ...get().training, status: 'done', stop } } as Partial<S>);
      else await options.onResult(result, { seconds: (now() - started) / 1000 });
    } catch (e) {
      set({ training: { ...get().training, status: 'error', error: failure(e) } } as Partial<S>);
    } finally {
      cancelRun = null;
    }
  }

  return { run, stop: () => cancelRun?.() };
}

/** Seconds a job spent besides its epochs (building, scoring): its wall time less its epochs' time. */
export function secondsAroundEpochs(jobSeconds: number, r: Pick<RunSummary, 'secondsPerEpoch' | 'epochsRun'>): number {
  return jobSeconds - r.secondsPerEpoch * r.epochsRun;
}

/** A run's facts as a result keeps them: how it stopped, its speed and epochs (from a job's result or a kept run), and the backend that scored. */
export function runFacts(run: Pick<RunSummary, 'stopReason' | 'secondsPerEpoch' | 'epochsRun'>, backend: string): Omit<RunSummary, 'key'> {
  return { stopReason: run.stopReason, secondsPerEpoch: run.secondsPerEpoch, epochsRun: run.epochsRun, backend };
}

/** The progress once a run's result is in: done, with how it ended and its best epoch. */
export function doneTraining<T extends TrainingState>(t: T, r: { stop: TrainStop | null; bestEpoch: number | null }): T {
  return { ...t, status: 'done', stop: r.stop, bestEpoch: r.bestEpoch };
}

/**
 * Whether Train may start: not while a run is on, and not with a problem that
 * blocks it. A blocked attempt leaves the training state as it was: the panel
 * already lists the blocking problems, and drops them once they are fixed (an
 * error stored here would outlive the fix).
 */
export function mayTrain<S extends { training: TrainingState }>(access: StoreAccess<S>, problems: Record<string, Problem>): boolean {
  if (access.get().training.status === 'running') return false;
  return firstProblem(problems) === null;
}

/**
 * The epoch (1-based) a loss chart stars as best, or null. While a run trains, the best epoch so far;
 * once it has ended, the epoch whose weights were kept if those were the best ones, and none if the
 * run kept its last epoch's weights (as Keras does), which need not be the best.
 */
export function starredEpoch(bestEpoch: number | null, stop: TrainStop | null, running: boolean): number | null {
  if (running || !stop) return bestEpoch;
  return stop.restoredBest ? bestEpoch : null;
}

/** {@link starredEpoch} as the 0-based index a loss chart's `bestEpoch` takes. */
export function starredIndex(bestEpoch: number | null, stop: TrainStop | null, running: boolean): number | null {
  const epoch = starredEpoch(bestEpoch, stop, running);
  return epoch !== null ? epoch - 1 : null;
}
