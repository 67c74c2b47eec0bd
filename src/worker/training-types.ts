import type { JobEvent } from '../core/pipeline/job-events';
import type { BackendReport, FromWorker, ToWorker } from './protocol';

/** Callbacks of one run. Called only while the run is the newest. */
export interface RunCallbacks {
  onEvent?: (event: JobEvent) => void;
  onBackend?: (report: BackendReport) => void;
}

/** A started run: its id, its result, and a way to stop it. */
export interface RunHandle<R> {
  runId: number;
  /**
   * Resolves with the job's result. Rejects with a `RunFailure` (a `code` the UI
   * words) when the run ends without one: `RunSuperseded` when a newer run
   * replaced it, or a worker failure (died, hung, did not answer Stop); or with
   * a plain `Error` the job itself threw.
   */
  result: Promise<R>;
  /**
   * Asks the worker to stop within one batch; the job still resolves with what
   * it has (best weights so far). If the job makes no step within
   * `STOP_TIMEOUT_MS` of a Stop, the worker is ended and replaced and the run
   * rejects with `worker-stop-timeout`; events already delivered stay delivered.
   */
  cancel(): void;
}

/** Something that behaves like a Worker (a real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(msg: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

/** The part of `navigator.locks` the client uses. */
export interface LocksLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

/** Options of a `TrainingClient` (defaults for the app; tests shorten or fake them). */
export interface TrainingClientOptions {
  hangTimeoutMs?: number;
  stallTimeoutMs?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Milliseconds clock (default `performance.now`). */
  now?: () => number;
  /** Web Locks to learn at once when a worker is gone (default `navigator.locks`; null = heartbeat only). */
  locks?: LocksLike | null;
}
