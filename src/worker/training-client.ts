import type { BackendPreference } from '../core/backend/backend-choice';
import type { JobName, JobTypes } from './jobs';
import { copyForTransfer } from './copy-input';
import { transferables, type FromWorker } from './protocol';
import { RunFailure, RunSuperseded, type RunFailureCode } from './run-failure';
import {
  excuseLateCheck,
  freshLiveness,
  HANG_TIMEOUT_MS,
  livenessVerdict,
  noteMessage,
  START_TIMEOUT_MS,
  STALL_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  type Liveness,
  type LivenessLimits,
} from './run-liveness';

export { RunFailure, RunSuperseded, type RunFailureCode } from './run-failure';
import type { LocksLike, RunCallbacks, RunHandle, TrainingClientOptions, WorkerLike } from './training-types';

export type { LocksLike, RunCallbacks, RunHandle, TrainingClientOptions, WorkerLike } from './training-types';
export { HANG_TIMEOUT_MS, STALL_TIMEOUT_MS, START_TIMEOUT_MS, STOP_TIMEOUT_MS } from './run-liveness';

interface Settle {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A run not yet posted, with its own copy of the input (null while that copy is being made). */
interface Waiting {
  runId: number;
  job: JobName;
  input: JobTypes[JobName]['input'] | null;
  backend: BackendPreference;
  callbacks: RunCallbacks;
  settle: Settle;
}

/** The run in the worker. `settle` is null once its promise was rejected (superseded). */
interface Posted {
  runId: number;
  callbacks: RunCallbacks;
  settle: Settle | null;
  live: Liveness;
  discardSent: boolean;
  stopTimers: ReturnType<typeof setTimeout>[];
}

interface Supervised {
  worker: WorkerLike;
  ready: boolean;
  retired: boolean;
}

/**
 * Main-thread side of the training worker, and its supervisor. One run at a
 * time: a new run supersedes the previous one, which is ended first, so a run
 * is never queued behind a stuck one. The worker is watched while a run is in
 * it: a worker that exits (its life lock freed), throws, sends an unreadable
 * message, goes silent for `HANG_TIMEOUT_MS` (`START_TIMEOUT_MS` before its
 * script has loaded), makes no step for `STALL_TIMEOUT_MS` or makes none within
 * `STOP_TIMEOUT_MS` of a Stop is ended; the run rejects with a `RunFailure`
 * naming why, and the next run starts on a new worker.
 *
 * The input is copied when the run is called and the copy's typed arrays are
 * transferred, so the caller keeps its arrays: a lesson may post the same
 * loaded data again (a second model, a second run). A large input is copied a
 * few megabytes per task (`copyForTransfer`) and the run is posted when its
 * copy is complete; a run superseded or cancelled meanwhile is never posted.
 */
export class TrainingClient {
  private current: Supervised | null = null;
  private nextId = 1;
  private posted: Posted | null = null;
  private waiting: Waiting | null = null;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private lastTick = 0;
  private readonly limits: LivenessLimits;
  private readonly stopTimeoutMs: number;
  private readonly now: () => number;
  private readonly locks: LocksLike | null;

  constructor(
    private readonly createWorker: () => WorkerLike = defaultWorker,
    options: TrainingClientOptions = {},
  ) {
    this.limits = {
      hangTimeoutMs: options.hangTimeoutMs ?? HANG_TIMEOUT_MS,
      stallTimeoutMs: options.stallTimeoutMs ?? STALL_TIMEOUT_MS,
      startTimeoutMs: options.startTimeoutMs ?? START_TIMEOUT_MS,
    };
    this.stopTimeoutMs = options.stopTimeoutMs ?? STOP_TIMEOUT_MS;
    this.now = options.now ?? (() => performance.now());
    this.locks = options.locks !== undefined ? options.locks : defaultLocks();
  }

  run<K extends JobName>(job: K, input: JobTypes[K]['input'], backend: BackendPreference, callbacks: RunCallbacks = {}): RunHandle<JobTypes[K]['result']> {
    const runId = this.nextId++;
    let settle!: Settle;
    const result = new Promise<JobTypes[K]['result']>((resolve, reject) => {
      settle = { resolve: resolve as (v: unknown) => void, reject };
    });
    this.waiting?.settle.reject(new RunSuperseded(job));
    const copy = copyForTransfer(input);
    const waiting: Waiting = { runId, job, input: copy instanceof Promise ? null : copy, backend, callbacks, settle };
    this.waiting = waiting;
    if (copy instanceof Promise) copy.then((c) => this.copied(waiting, c), (e: unknown) => this.copyFailed(waiting, e));
    if (this.posted) this.supersedePosted(this.posted, job);
    else this.postWaiting();
    return { runId, result, cancel: () => this.cancel(runId) };
  }

  /** A large input's copy is complete: post its run, unless it was superseded or cancelled, or another run is still in the worker. */
  private copied(w: Waiting, input: JobTypes[JobName]['input']): void {
    w.input = input;
    if (this.waiting === w && !this.posted) this.postWaiting();
  }

  private copyFailed(w: Waiting, error: unknown): void {
    if (this.waiting !== w) return;
    this.waiting = null;
    w.settle.reject(error);
  }

  /** Stops the worker for good (page teardown). */
  dispose(): void {
    this.waiting?.settle.reject(new RunSuperseded());
    this.waiting = null;
    this.endPosted()?.reject(new RunSuperseded());
    this.retire();
  }

  private cancel(runId: number): void {
    if (this.waiting?.runId === runId) {
      this.waiting.settle.reject(new RunFailure('stopped-before-start'));
      this.waiting = null;
      return;
    }
    const p = this.posted;
    if (!p || p.runId !== runId || !p.settle) return;
    this.current?.worker.postMessage({ type: 'cancel', runId });
    this.expectProgress(p, 'worker-stop-timeout');
  }

  /** The posted run's result is no longer wanted (a run of job `by` waits): it must end before the waiting run is posted. */
  private supersedePosted(p: Posted, by: string): void {
    p.settle?.reject(new RunSuperseded(by));
    p.settle = null;
    if (p.discardSent) return;
    p.discardSent = true;
    this.current?.worker.postMessage({ type: 'cancel', runId: p.runId, discard: true });
    p.stopTimers.push(
      setTimeout(() => {
        if (this.posted === p) this.fail(this.current, 'worker-stop-timeout');
      }, this.stopTimeoutMs),
    );
  }

  /** Ends the worker unless the job makes a step or ends within `STOP_TIMEOUT_MS` (a heartbeat alone does not count). */
  private expectProgress(p: Posted, code: RunFailureCode): void {
    const since = this.now();
    p.stopTimers.push(
      setTimeout(() => {
        if (this.posted === p && p.live.lastProgress <= since) this.fail(this.current, code);
      }, this.stopTimeoutMs),
    );
  }

  private postWaiting(): void {
    const w = this.waiting;
    if (!w || w.input === null) return;
    this.waiting = null;
    const sup = this.ensureWorker();
    this.posted = { runId: w.runId, callbacks: w.callbacks, settle: w.settle, live: freshLiveness(this.now()), discardSent: false, stopTimers: [] };
    this.startWatchdog();
    sup.worker.postMessage({ type: 'run', runId: w.runId, job: w.job, input: w.input, backend: w.backend }, transferables(w.input));
  }

  /** Clears the posted run; returns how to settle it (null if it was already rejected). */
  private endPosted(): Settle | null {
    const p = this.posted;
    if (!p) return null;
    for (const timer of p.stopTimers) clearTimeout(timer);
    this.posted = null;
    this.stopWatchdog();
    return p.settle;
  }

  /** Ends the worker `sup` (if still current) and the run in it; the waiting run, if any, starts on a new worker. */
  private fail(sup: Supervised | null, code: RunFailureCode, detail?: string): void {
    if (!sup || sup !== this.current) return;
    this.retire();
    this.endPosted()?.reject(new RunFailure(code, detail));
    this.postWaiting();
  }

  private retire(): void {
    const sup = this.current;
    this.current = null;
    this.stopWatchdog();
    if (!sup) return;
    sup.retired = true;
    sup.worker.onmessage = null;
    sup.worker.onerror = null;
    sup.worker.onmessageerror = null;
    sup.worker.terminate();
  }

  private ensureWorker(): Supervised {
    if (this.current) return this.current;
    const sup: Supervised = { worker: this.createWorker(), ready: false, retired: false };
    sup.worker.onmessage = (e) => this.handle(sup, e.data);
    sup.worker.onerror = (e) => this.fail(sup, sup.ready ? 'worker-died' : 'worker-start-failed', e.message || undefined);
    sup.worker.onmessageerror = () => this.fail(sup, 'worker-message-error');
    this.current = sup;
    return sup;
  }

  /** Waits for the worker's life lock: granted once the worker is gone. */
  private watchLife(sup: Supervised, name: string): void {
    this.locks
      ?.request(name, () => {
        if (!sup.retired) this.fail(sup, 'worker-died', 'life lock freed');
      })
      .catch(() => undefined);
  }

  private handle(sup: Supervised, msg: FromWorker): void {
    if (sup.retired) return;
    sup.ready = true;
    if (msg.type === 'ready') return;
    if (msg.type === 'lock') return this.watchLife(sup, msg.name);
    const p = this.posted;
    if (!p || msg.runId !== p.runId) return;
    noteMessage(p.live, msg, this.now());
    switch (msg.type) {
      case 'backend':
        if (p.settle) p.callbacks.onBackend?.(msg.report);
        break;
      case 'event':
        if (p.settle) p.callbacks.onEvent?.(msg.event);
        break;
      case 'result':
        this.endPosted()?.resolve(msg.result);
        this.postWaiting();
        break;
      case 'error':
        this.endPosted()?.reject(new Error(msg.message));
        this.postWaiting();
        break;
      case 'discarded':
        this.endPosted();
        this.postWaiting();
        break;
    }
  }

  private startWatchdog(): void {
    if (this.watchdog !== null) return;
    const tickMs = Math.min(1000, this.limits.stallTimeoutMs / 5);
    this.lastTick = this.now();
    this.watchdog = setInterval(() => this.check(tickMs), tickMs);
  }

  /** One watchdog tick: fails the posted run whose worker is silent too long, or whose job made no step too long. */
  private check(tickMs: number): void {
    const p = this.posted;
    const t = this.now();
    const late = t - this.lastTick > 3 * tickMs;
    this.lastTick = t;
    if (!p) return;
    if (late) return excuseLateCheck(p.live, t, tickMs);
    const verdict = livenessVerdict(p.live, this.current?.ready === true, t, this.limits);
    if (verdict) this.fail(this.current, verdict.code, verdict.detail);
  }

  private stopWatchdog(): void {
    if (this.watchdog === null) return;
    clearInterval(this.watchdog);
    this.watchdog = null;
  }
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

function defaultLocks(): LocksLike | null {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LocksLike });
  return nav?.locks ?? null;
}
