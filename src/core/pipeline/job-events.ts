import type { TrainEvent } from '../train/train-events';

/** What a lesson job yields: training events, then scoring progress. Plain data only. */
export type JobEvent = TrainEvent | { type: 'eval'; phase: string; done: number; total: number };

/**
 * A lesson's job: trains and scores from plain-data input and returns plain-data
 * results. Runs unchanged in the worker, in Node (`npm run eval`) and in tests.
 * It owns every tensor it makes and leaves none behind.
 */
export type Job<Input, Result> = (input: Input, signal: AbortSignal) => AsyncGenerator<JobEvent, Result>;
