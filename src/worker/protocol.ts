import type { BackendMeasurement, BackendName, BackendPreference } from '../core/backend/backend-choice';
import type { BackendNote } from '../core/backend/backend-notes';
import type { JobEvent } from '../core/pipeline/job-events';
import type { JobName, JobTypes } from './jobs';

/**
 * A running job posts a heartbeat this often, from a timer of the worker's
 * event loop: it arrives only while that loop turns, and it carries how many
 * steps the job has made, so the client can tell a blocked or dead worker
 * (silence) from a job whose promise chain stopped while the loop still turns
 * (heartbeats with the same count).
 */
export const HEARTBEAT_INTERVAL_MS = 1000;

/**
 * Main thread → worker. Every message names the run it belongs to. `cancel`
 * stops training within one batch and the job still returns what it has;
 * with `discard` the result is not wanted (a newer run waits), so the job is
 * ended at its next event and the worker answers `discarded`.
 */
export type ToWorker =
  | { type: 'run'; runId: number; job: JobName; input: JobTypes[JobName]['input']; backend: BackendPreference }
  | { type: 'cancel'; runId: number; discard?: boolean };

/** Backend report: which one runs and why faster ones were not used. */
export interface BackendReport {
  backend: BackendName;
  /** What the learner is told about the choice (worded in their language by `noteText`). */
  notes: BackendNote[];
  /** Threads of the wasm backend when it runs (1 without cross-origin isolation). */
  wasmThreads?: number;
  /** 'auto' only: the measured speeds the choice was based on, and seconds spent calibrating now (0 = all cached). */
  calibration?: { measured: BackendMeasurement[]; seconds: number };
}

/**
 * Worker → main thread. Messages of a run other than the newest are dropped by the client.
 * - `ready`: the worker's script has loaded (posted once).
 * - `lock`: the worker holds the Web Lock `name` for as long as it lives, so the
 *   client learns at once when it is gone (`self.close()`, a crash).
 * - `heartbeat`: every `HEARTBEAT_INTERVAL_MS` while the run is in the worker;
 *   `steps` counts the job's steps (events) so far, 0 while the backend starts.
 * - `discarded`: a run cancelled with `discard` ended without a result.
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'lock'; name: string }
  | { type: 'heartbeat'; runId: number; steps: number }
  | { type: 'discarded'; runId: number }
  | { type: 'backend'; runId: number; report: BackendReport }
  | { type: 'event'; runId: number; event: JobEvent }
  | { type: 'result'; runId: number; result: JobTypes[JobName]['result'] }
  | { type: 'error'; runId: number; message: string };

/** Every ArrayBuffer inside a plain-data value, to transfer instead of copy. */
export function transferables(value: unknown, out: ArrayBuffer[] = [], seen = new Set<unknown>()): ArrayBuffer[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const buf = value.buffer;
    if (buf instanceof ArrayBuffer && !out.includes(buf)) out.push(buf);
    return out;
  }
  for (const v of Object.values(value as Record<string, unknown>)) transferables(v, out, seen);
  return out;
}
