import type { BackendMeasurement, BackendName, BackendPreference } from '../core/backend/backend-choice';
import type { BackendNote } from '../core/backend/backend-notes';
import type { JobEvent } from '../core/pipeline/job-events';
import type { JobName, JobTypes } from './jobs';

/** Main thread → worker. Every message names the run it belongs to. */
export type ToWorker =
  | { type: 'run'; runId: number; job: JobName; input: JobTypes[JobName]['input']; backend: BackendPreference }
  | { type: 'cancel'; runId: number };

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

/** Worker → main thread. Messages of a run other than the newest are dropped by the client. */
export type FromWorker =
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
