/// <reference lib="webworker" />
/**
 * Runs the conv-AE benchmark (`../conv-ae-workload.ts`) on the wasm backend
 * in a worker set up as the app's training worker (same wasm binaries and
 * thread handling), with the thread count the bench page asks for.
 */
import { ensureBackend } from '../../../src/worker/browser-backends';
import { setWasmThreads } from '../../../src/worker/wasm-threads';
import { CONV_AE_DEFAULT_CASES, runConvAeBench } from '../conv-ae-workload';
import type { ConvAeWorkerMessage, ConvAeWorkerRequest } from './conv-ae-worker-types';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<ConvAeWorkerRequest>) => {
  const post = (m: ConvAeWorkerMessage) => self.postMessage(m);
  try {
    setWasmThreads(e.data.threads);
    const report = await ensureBackend('wasm');
    if (report.backend !== 'wasm') throw new Error(`ran on ${report.backend} instead of wasm`);
    const result = await runConvAeBench(
      { env: 'chromium', backend: 'wasm', threads: report.wasmThreads ?? 1 },
      { epochs: e.data.epochs, cases: e.data.defaultOnly ? CONV_AE_DEFAULT_CASES : undefined, clocks: { wall: () => performance.now() }, log: (line) => post({ type: 'log', line }) },
    );
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
  }
};
