/**
 * Turns a job's event stream into benchmark numbers. Pure TypeScript, shared by
 * the Node bench and the Chromium bench page.
 */
import type { JobEvent } from '../../src/core/pipeline/job-events';
import type { BenchLesson, WorkloadCost } from './workloads';

/** One lesson × backend measurement. */
export interface BackendResult {
  env: 'node' | 'chromium';
  lesson: BenchLesson;
  backend: string;
  /** wasm threads (1 in Node); null for other backends. */
  threads: number | null;
  /** True when trained on fewer rows than the lesson's default (slow backends). */
  reduced: boolean;
  nTrain: number;
  batchSize: number;
  epochs: number;
  /** Steady-state seconds per epoch: the median of the epochs after the first (the first when only one ran). */
  secondsPerEpoch: number;
  /** The first epoch, which also pays for kernel compilation and allocation. */
  firstEpochSeconds: number;
  /** Training FLOPs per epoch ÷ steady seconds per epoch. */
  gflops: number;
  /** Seconds per epoch on the lesson's full training set, extrapolated from `gflops` when `reduced`. */
  fullEpochSeconds: number;
  /** Rows scored (reconstructed and reduced to scores, read back) per second after training. */
  scoringPerSecond: number;
  /** CPU seconds per steady epoch, where the platform reports it (Node). */
  cpuSecondsPerEpoch?: number;
  /** Runs with the 'auto' preference: what the calibration measured and how long it took. */
  auto?: { measured: { name: string; secondsPerEpoch: number }[]; calibrationSeconds: number };
}

/** Collects timings from job events; call `onEvent` with each event and a clock in seconds. */
export class RunTimer {
  private epochs: number[] = [];
  private scoringStart = NaN;
  private scoringEnd = NaN;

  onEvent(event: JobEvent, nowSeconds: number): void {
    if (event.type === 'epoch') this.epochs.push(event.seconds);
    if (event.type === 'eval' && event.done === 0) this.scoringStart = nowSeconds;
    if (event.type === 'eval' && event.done === event.total) this.scoringEnd = nowSeconds;
  }

  /** Steady-state seconds per epoch (see {@link BackendResult.secondsPerEpoch}). */
  steadySeconds(): number {
    return median(this.epochs.length > 1 ? this.epochs.slice(1) : this.epochs);
  }

  summary(base: Pick<BackendResult, 'env' | 'lesson' | 'backend' | 'threads' | 'reduced'>, cost: WorkloadCost, fullCost: WorkloadCost): BackendResult {
    const steady = this.steadySeconds();
    const gflops = cost.epochFlops / steady / 1e9;
    return {
      ...base,
      nTrain: cost.nTrain,
      batchSize: cost.batchSize,
      epochs: this.epochs.length,
      secondsPerEpoch: steady,
      firstEpochSeconds: this.epochs[0] ?? NaN,
      gflops,
      fullEpochSeconds: base.reduced ? fullCost.epochFlops / (gflops * 1e9) : steady,
      scoringPerSecond: cost.nScored / (this.scoringEnd - this.scoringStart),
    };
  }
}

/** Median of a non-empty list; NaN for an empty one. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median wall-clock and CPU (user + system) seconds of `repeats` calls of
 * `work` in this process, after `warmUp` untimed calls (default none).
 */
export function timeCalls(work: () => void, repeats: number, warmUp = 0): { wall: number; cpu: number } {
  for (let w = 0; w < warmUp; w++) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
