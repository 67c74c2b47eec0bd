import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { label, planBackends, type BackendName, type BackendPreference, type BackendProbe } from '../core/backend/backend-choice';
import type { BackendReport } from './protocol';
import { wasmThreadsInUse, withWasmThreads } from './wasm-threads';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; architecture?: string; vendor?: string; description?: string };
}

/** Backends that failed at run time (e.g. a lost GPU device): never planned again in this worker. */
const broken = new Set<BackendName>();
let active: { preference: BackendPreference; report: BackendReport } | null = null;
let onLost: ((reason: string) => void) | null = null;

/** Called with a reason when the active GPU device is lost. */
export function onDeviceLost(handler: ((reason: string) => void) | null): void {
  onLost = handler;
}

/** Marks a backend unusable (lost device) so the next `ensureBackend` falls back. */
export function markBroken(name: BackendName): void {
  broken.add(name);
  active = null;
}

/**
 * Initialises the preferred backend, falling back along the plan, and reports
 * which one runs and why faster ones were not used. Cached per preference.
 */
export async function ensureBackend(preference: BackendPreference): Promise<BackendReport> {
  if (active && active.preference === preference && tf.getBackend() === active.report.backend) return active.report;
  const probes = await probeBackends();
  const plan = planBackends(preference, probes);
  const notes = plan.skipped.map((s) => s.reason);
  for (const name of plan.order) {
    try {
      const init = async () => {
        const set = await tf.setBackend(name);
        await tf.ready();
        return set;
      };
      const ok = name === 'wasm' ? await withWasmThreads(init) : await init();
      if (!ok || tf.getBackend() !== name) {
        notes.push(`${label(name)} failed to initialise; trying the next backend.`);
        continue;
      }
      watchDevice(name);
      const wasmThreads = name === 'wasm' ? (wasmThreadsInUse() ?? 1) : undefined;
      if (wasmThreads !== undefined) notes.push(threadsNote(wasmThreads));
      active = { preference, report: { backend: name, notes, ...(wasmThreads !== undefined ? { wasmThreads } : {}) } };
      return active.report;
    } catch (e) {
      notes.push(`${label(name)} failed to initialise (${e instanceof Error ? e.message : String(e)}); trying the next backend.`);
    }
  }
  throw new Error(`No backend could be initialised. ${notes.join(' ')}`);
}

async function probeBackends(): Promise<BackendProbe[]> {
  const probes: BackendProbe[] = [];
  probes.push(broken.has('webgpu') ? { name: 'webgpu', available: false, detail: 'its device was lost earlier' } : await probeWebGpu());
  probes.push(broken.has('webgl') ? { name: 'webgl', available: false, detail: 'its context was lost earlier' } : probeWebGl());
  probes.push({ name: 'wasm', available: typeof WebAssembly === 'object', detail: 'this browser has no WebAssembly' });
  probes.push({ name: 'cpu', available: true });
  return probes;
}

async function probeWebGpu(): Promise<BackendProbe> {
  const gpu = (navigator as { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } }).gpu;
  if (!gpu) return { name: 'webgpu', available: false, detail: 'this browser does not expose WebGPU' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { name: 'webgpu', available: false, detail: 'no GPU adapter was found' };
    const arch = `${adapter.info?.architecture ?? ''} ${adapter.info?.description ?? ''}`.toLowerCase();
    const software = Boolean(adapter.isFallbackAdapter || adapter.info?.isFallbackAdapter || arch.includes('swiftshader'));
    return { name: 'webgpu', available: true, software };
  } catch (e) {
    return { name: 'webgpu', available: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function probeWebGl(): BackendProbe {
  try {
    if (typeof OffscreenCanvas === 'undefined') return { name: 'webgl', available: false, detail: 'no OffscreenCanvas in workers' };
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return { name: 'webgl', available: false, detail: 'no WebGL2 context' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)).toLowerCase();
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    const software = /swiftshader|llvmpipe|software|basic render/.test(renderer);
    return { name: 'webgl', available: true, software };
  } catch (e) {
    return { name: 'webgl', available: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function watchDevice(name: BackendName): void {
  if (name !== 'webgpu') return;
  const device = (tf.backend() as unknown as { device?: { lost?: Promise<{ message?: string; reason?: string }> } }).device;
  device?.lost?.then((info) => {
    markBroken('webgpu');
    onLost?.(info?.message || info?.reason || 'unknown reason');
  });
}

function threadsNote(threads: number): string {
  return threads > 1 ? `WebAssembly runs on ${threads} threads.` : 'WebAssembly runs on 1 thread (multi-threading needs a cross-origin isolated page).';
}
