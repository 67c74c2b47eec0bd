import type { BackendMeasurement, BackendName } from './backend-choice';

/**
 * Why a backend is unavailable, as a code the interface words in the learner's
 * language (`src/i18n/backend-text.ts`). A note's `detail` is one of these or a
 * browser's own message, shown as it is.
 */
export type ProbeDetail = 'no-webgpu-api' | 'no-adapter' | 'device-lost-earlier' | 'context-lost-earlier' | 'no-offscreen-canvas' | 'no-webgl2' | 'no-wasm';

/** One thing the backend layer tells the learner, as data (worded by `noteText` in `src/i18n/backend-text.ts`). */
export type BackendNote =
  /** Speeds measured on this device (calibration or earlier runs). */
  | { kind: 'measured'; measured: BackendMeasurement[] }
  /** Not usable here; `requested` when the learner forced it. */
  | { kind: 'unavailable'; name: BackendName; requested: boolean; detail?: string }
  /** Emulated in software (no GPU), so auto skips it. */
  | { kind: 'software'; name: BackendName }
  /** Tried and failed; the next backend is tried. */
  | { kind: 'init-failed'; name: BackendName; detail?: string }
  /** The wasm backend's thread count and why. */
  | { kind: 'threads'; threads: number; why: 'cores' | 'small-steps' | 'not-isolated' | 'requested' }
  /** The GPU device was lost during a run, which restarted on `now`. */
  | { kind: 'device-lost'; reason: string; now: BackendName };
