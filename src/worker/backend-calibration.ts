import type { BackendMeasurement, BackendName } from '../core/backend/backend-choice';
import { calibrate, epochSeconds, stepFlops, type CalibrationWorkload } from '../core/backend/calibrate';
import { calibrationKey, readCalibration, writeCalibration } from './calibration-cache';
import { wasmThreadsInUse, wasmThreadsPlanned } from './wasm-threads';

/** Warm-up longer than this ends a backend's calibration early (its speed is then an upper bound). */
const WARMUP_BUDGET_SECONDS = 4;

/** Measurements of the candidates, and how long calibrating the uncached ones took. */
export interface Calibration {
  measured: BackendMeasurement[];
  /** Seconds spent calibrating now (0 when every result came from the cache). */
  seconds: number;
}

/**
 * Looks up each backend's training speed for `workload` in the cache and
 * calibrates the ones in `toCalibrate` that are not cached yet: `init(name)`
 * makes a backend current (false when it fails; it is then left out). Others
 * without a cached result are left out. Afterwards the current backend is
 * whichever was calibrated last; the caller sets the one it picks.
 */
export async function measureBackends(
  names: BackendName[],
  toCalibrate: BackendName[],
  workload: CalibrationWorkload,
  init: (name: BackendName) => Promise<boolean>,
): Promise<Calibration> {
  const measured: BackendMeasurement[] = [];
  let seconds = 0;
  for (const name of names) {
    const key = calibrationKey(name, workload, environment(workload));
    let result = await readCalibration(key);
    if (!result && toCalibrate.includes(name)) {
      try {
        if (!(await init(name))) continue;
        const r = await calibrate(workload, { budgetSeconds: WARMUP_BUDGET_SECONDS });
        seconds += r.seconds;
        result = { secondsPerStep: r.secondsPerStep, complete: r.complete };
        await writeCalibration(key, result);
      } catch {
        continue;
      }
    }
    if (result) measured.push({ name, secondsPerEpoch: epochSeconds(result, workload), complete: result.complete });
  }
  return { measured, seconds };
}

/**
 * Remembers the speed a real training run achieved (seconds per step after its
 * first epoch), so 'auto' knows backends it does not calibrate itself, such as
 * a software-emulated GPU the learner tried once.
 */
export async function recordObservedSpeed(name: BackendName, workload: CalibrationWorkload, secondsPerStep: number): Promise<void> {
  if (!(secondsPerStep > 0)) return;
  await writeCalibration(calibrationKey(name, workload, environment(workload)), { secondsPerStep, complete: true });
}

function environment(workload: CalibrationWorkload): { userAgent: string; cores: number; wasmThreads: number } {
  const nav = (globalThis as { navigator?: { userAgent?: string; hardwareConcurrency?: number } }).navigator;
  const wasmThreads = wasmThreadsInUse() ?? wasmThreadsPlanned(stepFlops(workload));
  return { userAgent: nav?.userAgent ?? 'unknown', cores: nav?.hardwareConcurrency ?? 1, wasmThreads };
}

