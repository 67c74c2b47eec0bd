/// <reference lib="webworker" />
import type { JobEvent } from '../core/pipeline/job-events';
import { ensureBackend, onDeviceLost } from './browser-backends';
import { observeSpeeds } from './speed-observer';
import { calibrationWorkload, JOBS } from './jobs';
import { transferables, type FromWorker, type ToWorker } from './protocol';
import { runJob } from './run-job';

declare const self: DedicatedWorkerGlobalScope;

let current: { runId: number; controller: AbortController; discard: boolean } | null = null;
let queue: Promise<void> = Promise.resolve();

function post(msg: FromWorker): void {
  self.postMessage(msg, msg.type === 'result' ? transferables(msg.result) : []);
}

/**
 * Holds a Web Lock for the worker's whole life: the lock is freed when the
 * worker is gone however it ended, and the client, waiting for it, learns at
 * once. Not available outside secure contexts; the heartbeat still covers that.
 */
function holdLifeLock(): void {
  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return;
  const id = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  const name = `anomaly-lab:train-worker:${id}`;
  locks
    .request(name, () => {
      post({ type: 'lock', name });
      return new Promise<never>(() => undefined);
    })
    .catch(() => undefined);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    if (current?.runId === msg.runId) {
      current.discard ||= msg.discard === true;
      current.controller.abort();
    }
    return;
  }
  if (current) {
    current.discard = true;
    current.controller.abort();
  }
  const run = { runId: msg.runId, controller: new AbortController(), discard: false };
  current = run;
  const job = JOBS[msg.job].run as (input: unknown, signal: AbortSignal) => AsyncGenerator<JobEvent, unknown>;
  // 'auto' picks the backend by measured speed on the model this job trains; the run's own speed is remembered.
  const workload = calibrationWorkload(msg.job, msg.input);
  queue = queue.then(() =>
    run.discard
      ? post({ type: 'discarded', runId: run.runId })
      : runJob(msg.runId, msg.input, msg.backend, run.controller.signal, {
          ensureBackend: (preference) => ensureBackend(preference, workload),
          onDeviceLost,
          job,
          post: observeSpeeds(post, workload),
          discarded: () => run.discard,
        }),
  );
};

post({ type: 'ready' });
holdLifeLock();
