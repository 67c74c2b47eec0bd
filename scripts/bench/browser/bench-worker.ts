/// <reference lib="webworker" />
/**
 * The app's training worker with one extra first message: the bench sets the
 * wasm thread count, then the real worker module takes over `onmessage`.
 */
import { setWasmThreads } from '../../../src/worker/wasm-threads';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<{ type: 'bench-config'; threads: number | null }>) => {
  if (e.data?.type !== 'bench-config') return;
  if (e.data.threads !== null) setWasmThreads(e.data.threads);
  await import('../../../src/worker/train-worker');
  self.postMessage({ type: 'bench-ready' });
};
