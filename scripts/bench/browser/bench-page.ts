/**
 * Chromium half of the backend benchmark: trains a lesson's default model in
 * the app's real training worker (same bundle, same backend setup) and returns
 * the timings. `npm run bench` calls `window.anomalyLabBench.run(...)`.
 */
import { noteText } from '../../../src/i18n/backend-text';
import type { BackendPreference } from '../../../src/core/backend/backend-choice';
import { createDatasetClient } from '../../../src/data/dataset-client';
import type { BackendReport } from '../../../src/worker/protocol';
import { TrainingClient, type WorkerLike } from '../../../src/worker/training-client';
import { RunTimer, type BackendResult } from '../measure';
import type { ConvAeCaseResult, ConvAeWorkerMessage, ConvAeWorkerRequest } from './conv-ae-worker-types';
import { buildWorkload, type WorkloadSpec } from '../workloads';

/** One browser measurement: a workload on a forced backend (wasm with a thread count), or 'auto'. */
export interface BrowserCase {
  backend: BackendPreference;
  /** wasm threads; null = the app's default. */
  threads: number | null;
  spec: WorkloadSpec;
}

/** The result, or why the backend could not run here. */
export type BrowserCaseResult = { ok: true; result: BackendResult; notes: string[] } | { ok: false; backend: string; reason: string };

const data = createDatasetClient({ fetch: (url) => fetch(url), baseUrl: '/' });

async function startWorker(threads: number | null): Promise<Worker> {
  const worker = new Worker(new URL('./bench-worker.ts', import.meta.url), { type: 'module' });
  await new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ type?: string }>) => (e.data?.type === 'bench-ready' ? resolve() : undefined);
    worker.onerror = (e) => reject(new Error(e.message || 'the bench worker failed to start'));
    worker.postMessage({ type: 'bench-config', threads });
  });
  worker.onmessage = null;
  worker.onerror = null;
  return worker;
}

async function run(c: BrowserCase): Promise<BrowserCaseResult> {
  const workload = await buildWorkload(c.spec, (dataset, split, cls) => data.fetchClass(dataset, split, cls));
  const worker = await startWorker(c.threads);
  const client = new TrainingClient(() => worker as unknown as WorkerLike);
  const timer = new RunTimer();
  let report: BackendReport | null = null;
  try {
    const handle = client.run(workload.job, workload.input as never, c.backend, {
      onBackend: (r) => (report = r),
      onEvent: (e) => timer.onEvent(e, performance.now() / 1000),
    });
    await handle.result;
    const r = report as BackendReport | null;
    if (!r || (c.backend !== 'auto' && r.backend !== c.backend)) {
      return { ok: false, backend: c.backend, reason: `ran on ${r?.backend ?? 'nothing'} instead: ${r?.notes.map((n) => noteText(n)).join(' ') ?? ''}` };
    }
    const reduced = workload.cost.nTrain < workload.fullCost.nTrain;
    const threads = r.backend === 'wasm' ? (r.wasmThreads ?? 1) : null;
    const result = timer.summary({ env: 'chromium', lesson: c.spec.lesson, backend: r.backend, threads, reduced }, workload.cost, workload.fullCost);
    if (c.backend === 'auto') result.auto = { measured: r.calibration?.measured ?? [], calibrationSeconds: r.calibration?.seconds ?? 0 };
    return { ok: true, notes: r.notes.map((n) => noteText(n)), result };
  } catch (e) {
    return { ok: false, backend: c.backend, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    client.dispose();
  }
}

/** The conv-AE benchmark (issue 12) in its own wasm worker with `threads` threads. */
async function runConvAe(request: ConvAeWorkerRequest): Promise<ConvAeCaseResult> {
  const worker = new Worker(new URL('./conv-ae-bench-worker.ts', import.meta.url), { type: 'module' });
  const log: string[] = [];
  try {
    return await new Promise<ConvAeCaseResult>((resolve) => {
      worker.onmessage = (e: MessageEvent<ConvAeWorkerMessage>) => {
        const m = e.data;
        if (m.type === 'log') log.push(m.line);
        else if (m.type === 'done') resolve({ log, result: m.result });
        else resolve({ log, result: null, reason: m.reason });
      };
      worker.onerror = (e) => resolve({ log, result: null, reason: e.message || 'the conv-AE bench worker failed' });
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

declare global {
  interface Window {
    anomalyLabBench: { run: typeof run; runConvAe: typeof runConvAe };
  }
}

window.anomalyLabBench = { run, runConvAe };
document.getElementById('status')!.dataset.ready = 'true';
