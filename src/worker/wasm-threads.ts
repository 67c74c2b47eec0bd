import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setThreadsCount } from '@tensorflow/tfjs-backend-wasm';

/**
 * Most threads worth giving XNNPACK: its pool splits each matmul into row
 * tiles, and the dense models here stop scaling beyond a few cores.
 */
const MAX_WASM_THREADS = 4;

/**
 * Training steps cheaper than this run on one thread. With a thread pool every
 * kernel (also each small element-wise one) pays a hand-off to the pool
 * threads, ~50 µs here; only large matmuls win that back. Measured in Chromium
 * on 2 idle cores: lesson 1 (1 GFLOP per step) 1.17 → 0.79 s/epoch with 2
 * threads, the time-series model (2.4 MFLOP per step) 0.35 → 1.68 s/epoch.
 */
export const MIN_FLOPS_PER_STEP_FOR_THREADS = 250e6;

let requested: number | null = null;
let applied: number | null = null;

/** What the thread choice depends on. */
export interface ThreadContext {
  /** SharedArrayBuffer is usable (the page is cross-origin isolated). */
  isolated: boolean;
  /** Logical cores (navigator.hardwareConcurrency). */
  cores: number;
  /** FLOPs of one training step of the job about to run; null when unknown. */
  flopsPerStep: number | null;
}

/**
 * Threads for the wasm backend: every logical core (capped at 4) for models
 * whose steps are large enough to gain from a pool, else 1; always 1 without
 * cross-origin isolation. (tfjs' own default, half the cores, is one thread on
 * a 2-core machine.)
 */
export function chooseWasmThreads(ctx: ThreadContext): number {
  if (!ctx.isolated || ctx.cores < 2) return 1;
  if (ctx.flopsPerStep !== null && ctx.flopsPerStep < MIN_FLOPS_PER_STEP_FOR_THREADS) return 1;
  return Math.min(ctx.cores, MAX_WASM_THREADS);
}

/** {@link chooseWasmThreads} for this worker. */
export function defaultWasmThreads(flopsPerStep: number | null = null): number {
  const g = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  const isolated = g.crossOriginIsolated === true && typeof SharedArrayBuffer !== 'undefined';
  return chooseWasmThreads({ isolated, cores: g.navigator?.hardwareConcurrency ?? 1, flopsPerStep });
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
 * the thread count applied (the override, else {@link defaultWasmThreads} for
 * the first job's step size: the pool is fixed for the worker's lifetime): one thread selects the single-threaded SIMD build
 * (no pthread workers); more select the threaded build with an explicit pool.
 *
 * tfjs-backend-wasm 4.22 caps its pool at `hardwareConcurrency / 2` (it assumes
 * two hyper-threads per core), read once while the wasm module starts, so on a
 * 2-core machine it never uses more than one thread whatever `setThreadsCount`
 * asks for. During `init` this worker's `navigator.hardwareConcurrency` reports
 * twice the requested count, so the cap equals it; the override is removed
 * afterwards.
 */
export async function withWasmThreads<T>(init: () => Promise<T>, flopsPerStep: number | null = null): Promise<T> {
  if (applied !== null) return init();
  const threads = requested ?? defaultWasmThreads(flopsPerStep);
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
export function wasmThreadsPlanned(flopsPerStep: number | null = null): number {
  return applied ?? requested ?? defaultWasmThreads(flopsPerStep);
}

/** Threads the initialised wasm backend actually runs on, or null before it is initialised. */
export function wasmThreadsInUse(): number | null {
  try {
    return getThreadsCount();
  } catch {
    return null;
  }
}
