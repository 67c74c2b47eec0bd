/// <reference lib="webworker" />
import type { JobEvent } from '../core/pipeline/job-events';
import { ensureBackend, onDeviceLost } from './browser-backends';
import { calibrationWorkload } from './calibration-workload';
import { observeSpeeds } from './speed-observer';
import { JOBS } from './jobs';
import { transferables, type FromWorker, type ToWorker } from './protocol';
import { runJob } from './run-job';

declare const self: DedicatedWorkerGlobalScope;

let current: { runId: number; controller: AbortController } | null = null;
let queue: Promise<void> = Promise.resolve();

function post(msg: FromWorker): void {
  self.postMessage(msg, msg.type === 'result' ? transferables(msg.result) : []);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    if (current?.runId === msg.runId) current.controller.abort();
    return;
  }
  current?.controller.abort();
  const controller = new AbortController();
  current = { runId: msg.runId, controller };
  const job = JOBS[msg.job] as (input: unknown, signal: AbortSignal) => AsyncGenerator<JobEvent, unknown>;
  // 'auto' picks the backend by measured speed on the model this job trains; the run's own speed is remembered.
  const workload = calibrationWorkload(msg.job, msg.input);
  queue = queue.then(() =>
    controller.signal.aborted
      ? undefined
      : runJob(msg.runId, msg.input, msg.backend, controller.signal, {
          ensureBackend: (preference) => ensureBackend(preference, workload),
          onDeviceLost,
          job,
          post: observeSpeeds(post, workload),
        }),
  );
};
