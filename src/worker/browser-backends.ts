import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { planBackends, type BackendName, type BackendPreference, type BackendProbe } from '../core/backend/backend-choice';
import type { BackendNote } from '../core/backend/backend-notes';
import { noteText } from '../i18n/backend-text';
import { stepFlops, type CalibrationWorkload } from '../core/backend/calibrate';
import { measureBackends } from './backend-calibration';
import type { BackendReport } from './protocol';
import { MIN_FLOPS_PER_STEP_FOR_THREADS, wasmThreadsInUse, withWasmThreads } from './wasm-threads';

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
let active: { key: string; report: BackendReport } | null = null;
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
 * which one runs and why faster ones were not used. Cached per preference and
 * workload.
 *
 * With 'auto', backends are chosen by measured speed on `workload` where there
 * is a choice: when more than one backend runs natively (a real GPU's WebGPU or
 * WebGL, and wasm), each is calibrated with a few timed training steps; speeds
 * of earlier training runs (any backend, software GPUs included) count too.
 * Results are cached per device and model shape. Software-emulated GPUs are
 * not calibrated: their first step alone takes 5–20 s on SwiftShader, and they
 * share the CPU with wasm, which is faster.
 */
export async function ensureBackend(preference: BackendPreference, workload: CalibrationWorkload | null = null): Promise<BackendReport> {
  const key = `${preference}|${workload ? JSON.stringify(workload) : ''}`;
  if (active && active.key === key && tf.getBackend() === active.report.backend) return active.report;
  const probes = await probeBackends();
  const usable = probes.filter((p) => p.available && p.name !== 'cpu');
  const hardware = usable.filter((p) => !p.software).map((p) => p.name);
  const calibration =
    preference === 'auto' && workload
      ? await measureBackends(usable.map((p) => p.name), hardware.length > 1 ? hardware : [], workload, (name) => initBackend(name, workload))
      : null;
  const plan = planBackends(preference, probes, calibration?.measured ?? []);
  const notes: BackendNote[] = [
    ...(calibration && calibration.measured.length > 0 ? [{ kind: 'measured' as const, measured: calibration.measured }] : []),
    ...plan.skipped.map((s) => s.note),
  ];
  for (const name of plan.order) {
    try {
      if (!(await initBackend(name, workload))) {
        notes.push({ kind: 'init-failed', name });
        continue;
      }
      watchDevice(name);
      const wasmThreads = name === 'wasm' ? (wasmThreadsInUse() ?? 1) : undefined;
      if (wasmThreads !== undefined) notes.push(threadsNote(wasmThreads, workload));
      const report: BackendReport = { backend: name, notes };
      if (wasmThreads !== undefined) report.wasmThreads = wasmThreads;
      if (calibration) report.calibration = calibration;
      active = { key, report };
      return active.report;
    } catch (e) {
      notes.push({ kind: 'init-failed', name, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(`No backend could be initialised. ${notes.map((n) => noteText(n)).join(' ')}`);
}

/**
 * Makes `name` the current tfjs backend; false when it did not take. The wasm
 * backend's thread count is chosen on its first initialisation, from the step
 * size of `workload` (see `wasm-threads.ts`).
 */
async function initBackend(name: BackendName, workload: CalibrationWorkload | null): Promise<boolean> {
  const init = async () => {
    const set = await tf.setBackend(name);
    await tf.ready();
    return set && tf.getBackend() === name;
  };
  return name === 'wasm' ? withWasmThreads(init, workload ? stepFlops(workload) : null) : init();
}

async function probeBackends(): Promise<BackendProbe[]> {
  const probes: BackendProbe[] = [];
  probes.push(broken.has('webgpu') ? { name: 'webgpu', available: false, detail: 'device-lost-earlier' } : await probeWebGpu());
  probes.push(broken.has('webgl') ? { name: 'webgl', available: false, detail: 'context-lost-earlier' } : probeWebGl());
  probes.push({ name: 'wasm', available: typeof WebAssembly === 'object', detail: 'no-wasm' });
  probes.push({ name: 'cpu', available: true });
  return probes;
}

async function probeWebGpu(): Promise<BackendProbe> {
  const gpu = (navigator as { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } }).gpu;
  if (!gpu) return { name: 'webgpu', available: false, detail: 'no-webgpu-api' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { name: 'webgpu', available: false, detail: 'no-adapter' };
    const arch = `${adapter.info?.architecture ?? ''} ${adapter.info?.description ?? ''}`.toLowerCase();
    const software = Boolean(adapter.isFallbackAdapter || adapter.info?.isFallbackAdapter || arch.includes('swiftshader'));
    return { name: 'webgpu', available: true, software };
  } catch (e) {
    return { name: 'webgpu', available: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function probeWebGl(): BackendProbe {
  try {
    if (typeof OffscreenCanvas === 'undefined') return { name: 'webgl', available: false, detail: 'no-offscreen-canvas' };
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return { name: 'webgl', available: false, detail: 'no-webgl2' };
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

function threadsNote(threads: number, workload: CalibrationWorkload | null): BackendNote {
  const g = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  if (threads > 1) return { kind: 'threads', threads, why: 'cores' };
  if (g.crossOriginIsolated !== true || typeof SharedArrayBuffer === 'undefined') return { kind: 'threads', threads, why: 'not-isolated' };
  if ((g.navigator?.hardwareConcurrency ?? 1) < 2) return { kind: 'threads', threads, why: 'cores' };
  // Isolated, several cores and still one thread: the steps are small, or the thread count was set by hand (the benchmark).
  return { kind: 'threads', threads, why: workload && stepFlops(workload) < MIN_FLOPS_PER_STEP_FOR_THREADS ? 'small-steps' : 'requested' };
}
