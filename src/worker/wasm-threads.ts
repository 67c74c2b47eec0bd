import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setThreadsCount } from '@tensorflow/tfjs-backend-wasm';

/**
 * Most threads worth giving XNNPACK: its pool splits each matmul into row
 * tiles, and the dense models here stop scaling beyond a few cores.
 */
const MAX_WASM_THREADS = 4;

let requested: number | null = null;
let applied: number | null = null;

/**
 * Threads for the wasm backend: every logical core (capped at 4) when the page
 * is cross-origin isolated (SharedArrayBuffer needs COOP/COEP), else 1.
 * tfjs' own default is half the cores, i.e. one thread on a 2-core machine.
 */
export function defaultWasmThreads(): number {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (!isolated || typeof SharedArrayBuffer === 'undefined') return 1;
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
  return Math.max(1, Math.min(cores, MAX_WASM_THREADS));
}

/**
 * Overrides the thread count (the benchmark compares 1 and 2). Must be called
 * before the wasm backend is first initialised in this worker; later calls
 * throw, because tfjs fixes its thread pool at initialisation.
 */
export function setWasmThreads(threads: number): void {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`The wasm thread count must be a whole number ≥ 1 (got ${threads}).`);
  if (applied !== null && applied !== threads) throw new Error('The wasm backend is already initialised; its thread count is fixed.');
  requested = threads;
}

/**
 * Runs `init` (which must call `tf.setBackend('wasm')` and `tf.ready()`) with
 * the thread count applied: one thread selects the single-threaded SIMD build
 * (no pthread workers); more select the threaded build with an explicit pool.
 *
 * tfjs-backend-wasm 4.22 caps its pool at `hardwareConcurrency / 2` (it assumes
 * two hyper-threads per core), read once while the wasm module starts, so on a
 * 2-core machine it never uses more than one thread whatever `setThreadsCount`
 * asks for. During `init` this worker's `navigator.hardwareConcurrency` reports
 * twice the requested count, so the cap equals it; the override is removed
 * afterwards.
 */
export async function withWasmThreads<T>(init: () => Promise<T>): Promise<T> {
  if (applied !== null) return init();
  const threads = requested ?? defaultWasmThreads();
  applied = threads;
  if (threads <= 1) {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    return init();
  }
  setThreadsCount(threads);
  const nav = (globalThis as { navigator?: object }).navigator;
  if (!nav) return init();
  Object.defineProperty(nav, 'hardwareConcurrency', { configurable: true, get: () => 2 * threads });
  try {
    return await init();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}

/** Threads the wasm backend runs on or will run on when first initialised. */
export function wasmThreadsPlanned(): number {
  return applied ?? requested ?? defaultWasmThreads();
}

/** Threads the initialised wasm backend actually runs on, or null before it is initialised. */
export function wasmThreadsInUse(): number | null {
  try {
    return getThreadsCount();
  } catch {
    return null;
  }
}
