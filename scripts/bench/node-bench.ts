/**
 * The Node half of `npm run bench`: trains each lesson's default model on the
 * backends Node offers (wasm, cpu) with the same core as the app, and reports
 * wall-clock and CPU time per epoch.
 */
import * as tf from '@tensorflow/tfjs';
import { loadClass } from '../../build/datasets';
import type { JobEvent } from '../../src/core/pipeline/job-events';
import { JOBS } from '../../src/worker/jobs';
import { useNodeBackend } from '../node-backend';
import { median, RunTimer, type BackendResult } from './measure';
import { buildWorkload, type Workload, type WorkloadSpec } from './workloads';

/** One Node measurement to make. */
export interface NodeCase {
  backend: 'wasm' | 'cpu';
  spec: WorkloadSpec;
}

/** Runs every case in order; `log` gets one progress line per case. */
export async function runNodeBench(cases: NodeCase[], log: (line: string) => void): Promise<BackendResult[]> {
  const results: BackendResult[] = [];
  for (const c of cases) {
    await useNodeBackend(c.backend);
    const workload = await buildWorkload(c.spec, loadClass);
    const before = tf.memory().numTensors;
    const result = await runOne(c, workload);
    if (tf.memory().numTensors !== before) throw new Error(`${c.spec.lesson} on ${c.backend} leaked ${tf.memory().numTensors - before} tensors`);
    log(`node ${c.backend} ${c.spec.lesson}: ${result.secondsPerEpoch.toFixed(2)} s/epoch, ${result.gflops.toFixed(1)} GFLOP/s`);
    results.push(result);
  }
  return results;
}

async function runOne(c: NodeCase, workload: Workload): Promise<BackendResult> {
  const timer = new RunTimer();
  const cpuPerEpoch: number[] = [];
  let cpuMark = process.cpuUsage();
  const signal = new AbortController().signal;
  const run = JOBS[workload.job].run as (input: unknown, signal: AbortSignal) => AsyncGenerator<JobEvent, unknown>;
  const gen = run(workload.input, signal);
  for (let step = await gen.next(); !step.done; step = await gen.next()) {
    timer.onEvent(step.value, performance.now() / 1000);
    if (step.value.type === 'epoch') {
      const used = process.cpuUsage(cpuMark);
      cpuPerEpoch.push((used.user + used.system) / 1e6);
      cpuMark = process.cpuUsage();
    }
  }
  const reduced = workload.cost.nTrain < workload.fullCost.nTrain;
  const summary = timer.summary({ env: 'node', lesson: c.spec.lesson, backend: c.backend, threads: c.backend === 'wasm' ? 1 : null, reduced }, workload.cost, workload.fullCost);
  return { ...summary, cpuSecondsPerEpoch: median(cpuPerEpoch.length > 1 ? cpuPerEpoch.slice(1) : cpuPerEpoch) };
}
