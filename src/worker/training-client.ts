import type { BackendPreference } from '../core/backend/backend-choice';
import type { JobEvent } from '../core/pipeline/job-events';
import type { JobName, JobTypes } from './jobs';
import { transferables, type BackendReport, type FromWorker, type ToWorker } from './protocol';

/** Callbacks of one run. Called only while the run is the newest. */
export interface RunCallbacks {
  onEvent?: (event: JobEvent) => void;
  onBackend?: (report: BackendReport) => void;
}

/** A started run: its id, its result, and a way to stop it. */
export interface RunHandle<R> {
  runId: number;
  /** Resolves with the job's result; rejects with `RunSuperseded` when a newer run or `cancel` replaced it before a result. */
  result: Promise<R>;
  /** Asks the worker to stop within one batch; the job still resolves with what it has (best weights so far). */
  cancel(): void;
}

/** Rejection of a run replaced by a newer one. */
export class RunSuperseded extends Error {
  constructor() {
    super('superseded by a newer run');
  }
}

/** Something that behaves like a Worker (a real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(msg: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * Main-thread side of the training worker. One run at a time: starting a run
 * supersedes the previous one (its late messages are dropped by run id).
 * Input typed arrays are transferred, so the caller must not reuse them.
 */
export class TrainingClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending: { runId: number; resolve(v: unknown): void; reject(e: unknown): void; callbacks: RunCallbacks } | null = null;

  constructor(private readonly createWorker: () => WorkerLike = defaultWorker) {}

  run<K extends JobName>(job: K, input: JobTypes[K]['input'], backend: BackendPreference, callbacks: RunCallbacks = {}): RunHandle<JobTypes[K]['result']> {
    const worker = this.ensureWorker();
    this.pending?.reject(new RunSuperseded());
    const runId = this.nextId++;
    const result = new Promise<JobTypes[K]['result']>((resolve, reject) => {
      this.pending = { runId, resolve: resolve as (v: unknown) => void, reject, callbacks };
    });
    worker.postMessage({ type: 'run', runId, job, input, backend }, transferables(input));
    return { runId, result, cancel: () => worker.postMessage({ type: 'cancel', runId }) };
  }

  /** Stops the worker for good (page teardown). */
  dispose(): void {
    this.pending?.reject(new RunSuperseded());
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    w.onmessage = (e) => this.handle(e.data);
    w.onerror = (e) => {
      this.pending?.reject(new Error(`The training worker failed: ${e.message || 'it could not start'}`));
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  private handle(msg: FromWorker): void {
    const p = this.pending;
    if (!p || msg.runId !== p.runId) return;
    switch (msg.type) {
      case 'backend':
        p.callbacks.onBackend?.(msg.report);
        break;
      case 'event':
        p.callbacks.onEvent?.(msg.event);
        break;
      case 'result':
        this.pending = null;
        p.resolve(msg.result);
        break;
      case 'error':
        this.pending = null;
        p.reject(new Error(msg.message));
        break;
    }
  }
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
