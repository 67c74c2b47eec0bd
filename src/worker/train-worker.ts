/// <reference lib="webworker" />
import { label } from '../core/backend/backend-choice';
import type { JobEvent } from '../core/pipeline/job-events';
import { ensureBackend, onDeviceLost } from './browser-backends';
import { JOBS, type JobName, type JobTypes } from './jobs';
import { transferables, type FromWorker, type ToWorker } from './protocol';

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
  queue = queue.then(() => run(msg, controller));
};

async function run(msg: Extract<ToWorker, { type: 'run' }>, controller: AbortController): Promise<void> {
  if (controller.signal.aborted) return;
  let lostReason: string | null = null;
  onDeviceLost((reason) => {
    lostReason = reason;
  });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const report = await ensureBackend(msg.backend);
      if (attempt > 0) report.notes = [`The GPU device was lost (${lostReason}); switched to ${label(report.backend)} and restarted.`, ...report.notes];
      post({ type: 'backend', runId: msg.runId, report });
      const job = JOBS[msg.job] as (input: unknown, signal: AbortSignal) => AsyncGenerator<JobEvent, unknown>;
      const gen = job(msg.input, controller.signal);
      let step = await gen.next();
      while (!step.done) {
        post({ type: 'event', runId: msg.runId, event: step.value });
        step = await gen.next();
      }
      if (lostReason !== null && attempt === 0) continue;
      post({ type: 'result', runId: msg.runId, result: step.value as JobTypes[JobName]['result'] });
      return;
    } catch (err) {
      if (lostReason !== null && attempt === 0) continue;
      post({ type: 'error', runId: msg.runId, message: err instanceof Error ? err.message : String(err) });
      return;
    } finally {
      onDeviceLost(null);
    }
  }
}
