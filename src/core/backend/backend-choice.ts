import type { BackendNote } from './backend-notes';

/** tfjs backends Anomaly Lab can run on, fastest-first in the usual order. */
export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
/** 'auto' picks the fastest usable backend; a name forces that one. */
export type BackendPreference = 'auto' | BackendName;

/** What the environment says about one backend before trying it. */
export interface BackendProbe {
  name: BackendName;
  /** The API exists (navigator.gpu, a WebGL2 context, WebAssembly). */
  available: boolean;
  /** The device is emulated in software (a WebGPU fallback adapter, SwiftShader WebGL). */
  software?: boolean;
  /** Why it is unavailable, when known: a `ProbeDetail` code or a browser's message. */
  detail?: string;
}

/** The order to try backends in, with the reason (a note for the learner) each one was skipped. */
export interface BackendPlan {
  order: BackendName[];
  skipped: { name: BackendName; note: BackendNote }[];
}

/** A backend's training speed measured on this device (see `calibrate`). */
export interface BackendMeasurement {
  name: BackendName;
  /** Predicted seconds per epoch of the lesson's training. */
  secondsPerEpoch: number;
  /** False when only a warm-up step fitted the time budget (the value is then an upper bound). */
  complete?: boolean;
}

/**
 * Plans backend initialisation. 'auto' tries webgpu → webgl → wasm → cpu but
 * skips missing APIs and software-emulated GPUs (slower than wasm on the CPU);
 * a forced backend is tried first even when emulated, then the auto order
 * follows as a fallback. cpu is always last.
 *
 * With `measured` speeds, 'auto' instead tries the measured backends fastest
 * first (an emulated GPU too, if it measured fastest), then unmeasured usable
 * ones in the usual order. A forced preference ignores measurements.
 */
export function planBackends(preference: BackendPreference, probes: BackendProbe[], measured: BackendMeasurement[] = []): BackendPlan {
  const probe = (name: BackendName) => probes.find((p) => p.name === name) ?? { name, available: name === 'cpu' };
  const skipped: BackendPlan['skipped'] = [];
  const order: BackendName[] = [];
  if (preference !== 'auto') {
    const p = probe(preference);
    if (p.available) order.push(preference);
    else skipped.push({ name: preference, note: { kind: 'unavailable', name: preference, requested: true, detail: p.detail } });
  }
  const usableMeasured = preference === 'auto' ? measured.filter((m) => m.name !== 'cpu' && probe(m.name).available && Number.isFinite(m.secondsPerEpoch)) : [];
  for (const m of [...usableMeasured].sort((a, b) => a.secondsPerEpoch - b.secondsPerEpoch)) order.push(m.name);
  for (const name of BACKENDS) {
    if (order.includes(name) || name === preference) continue;
    const p = probe(name);
    if (!p.available) {
      skipped.push({ name, note: { kind: 'unavailable', name, requested: false, detail: p.detail } });
    } else if (p.software && name !== 'cpu') {
      skipped.push({ name, note: { kind: 'software', name } });
    } else {
      order.push(name);
    }
  }
  if (!order.includes('cpu')) order.push('cpu');
  return { order, skipped };
}
