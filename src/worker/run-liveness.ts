import type { FromWorker } from './protocol';
import type { RunFailureCode } from './run-failure';

/**
 * A run whose worker has sent nothing at all for this long is taken as hung:
 * its thread is blocked (or gone without freeing its life lock). A job step
 * that computes without awaiting blocks the heartbeat timer too; the longest
 * such steps measured were 0.7–1.6 s on WebAssembly and 13.5 s on the
 * plain-JavaScript backend (scoring lesson 1's ~10,000 test images of 1 vs
 * all; 12.6 s for a patch-VAE scoring chunk; README "Worker supervision"), so
 * a device several times slower still keeps inside this.
 */
export const HANG_TIMEOUT_MS = 60_000;

/**
 * A run on WebAssembly or plain JavaScript whose heartbeats go on for this long
 * without a job step is taken as stalled: its thread is free, yet the job does
 * not move (its promise chain ended, e.g. a script execution terminated
 * mid-batch). On these backends a job awaits nothing but its own thread, so a
 * heartbeat between steps means at most one batch was in flight. On GPU
 * backends a step legitimately awaits the GPU while the thread is free, for
 * long on a software GPU (lesson 1 on SwiftShader WebGPU: 25 s without a step;
 * the patch VAE's scoring there: no end after 24 min), so a GPU run is ended
 * only by silence or Stop. While the backend starts, `HANG_TIMEOUT_MS` applies.
 * So a job that lets the event loop turn (awaits a timer or a message) must
 * yield an event at least every few seconds of such work, as every job does
 * between batches and scoring chunks.
 */
export const STALL_TIMEOUT_MS = 5_000;

/**
 * A new worker gets this long to load its script and answer (the dev server
 * serves tfjs as hundreds of modules); silent longer, it failed to start.
 */
export const START_TIMEOUT_MS = 60_000;

/** After Stop, the job must make a step (or end) within this long, else the worker is ended. */
export const STOP_TIMEOUT_MS = 1500;

/** The limits a supervisor applies (ms). */
export interface LivenessLimits {
  hangTimeoutMs: number;
  stallTimeoutMs: number;
  startTimeoutMs: number;
}

/** What the supervisor knows about the liveness of the run in the worker. Times in ms of one clock. */
export interface Liveness {
  /** When the worker last sent anything for this run. */
  lastHeard: number;
  /** When the job last made a step: an event, a report, a result, or a heartbeat with a new step count. */
  lastProgress: number;
  /** The job's step count as the last heartbeat said. */
  steps: number;
  /** The backend the job runs on, once its report arrived (until then only `hangTimeoutMs` applies). */
  backend: string | null;
}

/** Liveness of a run posted at time `t`. */
export function freshLiveness(t: number): Liveness {
  return { lastHeard: t, lastProgress: t, steps: 0, backend: null };
}

/** Records a message of the run, received at time `t`. */
export function noteMessage(l: Liveness, msg: FromWorker, t: number): void {
  l.lastHeard = t;
  if (msg.type !== 'heartbeat' || msg.steps !== l.steps) l.lastProgress = t;
  if (msg.type === 'heartbeat') l.steps = msg.steps;
  if (msg.type === 'backend') l.backend = msg.report.backend;
}

/**
 * After the supervisor's own clock check ran late (a frozen or throttled page),
 * messages may still be queued behind it: counts the run as heard and
 * progressing `graceMs` before `t`, so it is judged on what arrives next.
 */
export function excuseLateCheck(l: Liveness, t: number, graceMs: number): void {
  l.lastHeard = Math.max(l.lastHeard, t - graceMs);
  l.lastProgress = Math.max(l.lastProgress, t - graceMs);
}

/**
 * Whether the run is to be failed at time `t`, and why: silent for too long
 * (`worker-start-failed` while the worker's script has not answered yet, else
 * `worker-hung`), or heard from for too long without a job step
 * (`worker-hung`: `stallTimeoutMs` on WebAssembly and plain JavaScript,
 * `hangTimeoutMs` while the backend starts, never on a GPU backend).
 */
export function livenessVerdict(l: Liveness, workerReady: boolean, t: number, limits: LivenessLimits): { code: RunFailureCode; detail: string } | null {
  if (!workerReady) return t - l.lastHeard > limits.startTimeoutMs ? { code: 'worker-start-failed', detail: 'silent' } : null;
  if (t - l.lastHeard > limits.hangTimeoutMs) return { code: 'worker-hung', detail: 'silent' };
  const stepLimit = l.backend === null ? limits.hangTimeoutMs : l.backend === 'wasm' || l.backend === 'cpu' ? limits.stallTimeoutMs : Infinity;
  if (l.lastHeard - l.lastProgress > stepLimit) return { code: 'worker-hung', detail: 'no progress' };
  return null;
}
