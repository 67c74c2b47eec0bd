/**
 * The metric-learning lesson's Node figures (issue 13), on the wasm backend:
 * - LOF: fit a scikit-learn-exact LOF (k = 20) on 6,000 unit vectors of
 *   dimension 128 and score 2,000 queries (distances from tfjs matmuls in
 *   blocks, `src/core/neighbors/`); target < 2 s for the fit set;
 * - the job's seconds per training epoch with the lesson's defaults on
 *   Fashion-MNIST 7 vs 9 (one model, 2 epochs, the second timed), as wall
 *   time and as CPU time (what a quiet machine would take: wasm runs on one
 *   thread in Node).
 * Run alone with `npx tsx scripts/bench/metric-learning-bench.ts`; the last
 * line is one JSON object.
 */
import * as tf from '@tensorflow/tfjs';
import { loadClass } from '../../build/datasets';
import { metricLearningJob } from '../../src/core/pipeline/metric-learning-job';
import { buildClassMetricData } from '../../src/core/pipeline/metric-learning-data';
import { SETTINGS } from '../../src/lessons/metric-learning/params';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { lofFromFitNeighbors, lofScoreSamples } from '../../src/core/neighbors/lof';
import { nearestNeighbors } from '../../src/core/neighbors/neighbors';
import { createRng } from '../../src/core/random/rng';
import { useNodeBackend } from '../node-backend';

/** What the section reports. */
export interface MetricLearningBench {
  backend: string;
  /** Seconds to fit LOF on 6,000 × 128 (neighbours of every fit point, densities, factors). */
  lofFitSeconds: number;
  /** CPU seconds of the same (what a quiet machine would take; wasm is one thread in Node). */
  lofFitCpuSeconds: number;
  /** Seconds to score 2,000 queries against it. */
  lofQuerySeconds: number;
  /** Rows that needed a full exact scan (near-ties), of 8,000. */
  fallbackRows: number;
  /** Tensors left behind (must be 0). */
  leakedTensors: number;
  /** The job's training: lesson defaults, Fashion-MNIST 7 vs 9, one model; wall and CPU seconds per epoch, images per epoch. */
  job: { epochs: number; trainImages: number; secondsPerEpoch: number; cpuSecondsPerEpoch: number } | null;
}

/** The section as table lines for stdout. */
export function formatMetricLearning(b: MetricLearningBench): string {
  const job = b.job ? `; training (lesson defaults, ${b.job.trainImages} images) ${b.job.secondsPerEpoch.toFixed(1)} s/epoch, CPU ${b.job.cpuSecondsPerEpoch.toFixed(1)} s/epoch` : '';
  return `\nMetric learning (Node ${b.backend}): LOF fit 6000x128 k=20 ${b.lofFitSeconds.toFixed(2)} s, CPU ${b.lofFitCpuSeconds.toFixed(2)} s (target < 2 s), 2000 queries ${b.lofQuerySeconds.toFixed(2)} s, ${b.fallbackRows} exact-scan rows, ${b.leakedTensors} leaked tensors${job}\n`;
}

/** Every figure of the section. */
export async function runMetricLearningBench(log: (line: string) => void, epochs = 2): Promise<MetricLearningBench> {
  const lof = await runLofBench(log);
  return { ...lof, job: await runJobBench(log, epochs) };
}

/** Trains one model of the lesson's defaults for `epochs` epochs (≥ 2; the first compiles kernels) and times the later ones. */
async function runJobBench(log: (line: string) => void, epochs: number): Promise<MetricLearningBench['job']> {
  const p = defaultsOf(SETTINGS);
  const classes = [...p.normal, ...p.reference.filter((c) => !p.anomaly.includes(c))];
  const train = new Map(await Promise.all(classes.map(async (c) => [c, await loadClass('fashion', 'train', c)] as const)));
  const test = new Map(await Promise.all([...p.normal, ...p.anomaly].map(async (c) => [c, await loadClass('fashion', 'test', c)] as const)));
  const spec = { kind: 'fashion' as const, normal: p.normal, anomaly: p.anomaly, reference: classes.slice(p.normal.length), referencePerClass: p.referencePerClass };
  const data = buildClassMetricData(train, test, spec, { seed: 0, maxNormalTrain: p.maxTrain || undefined });
  const model = { embeddingSize: p.embedding, alpha: { mode: p.alphaMode, value: p.alpha }, optimizer: p.optimizer, learningRate: p.lr, epochs, batchSize: p.batch, seed: 0, models: 1, inputSize: 28, neighbors: p.neighbors, width: Number(p.width) };
  const wall: number[] = [];
  const cpu: number[] = [];
  let mark = process.cpuUsage();
  for await (const e of metricLearningJob({ dataset: spec, data, model, validationQuantile: 0.95 }, new AbortController().signal)) {
    if (e.type === 'start') mark = process.cpuUsage();
    if (e.type === 'epoch') {
      const used = process.cpuUsage(mark);
      wall.push(e.seconds);
      cpu.push((used.user + used.system) / 1e6);
      mark = process.cpuUsage();
    }
  }
  const later = (v: number[]) => v.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, v.length - 1);
  const job = { epochs, trainImages: data.trainClasses.length, secondsPerEpoch: later(wall), cpuSecondsPerEpoch: later(cpu) };
  log(`node wasm metric-learning training: ${job.secondsPerEpoch.toFixed(1)} s/epoch (CPU ${job.cpuSecondsPerEpoch.toFixed(1)} s) on ${job.trainImages} images`);
  return job;
}

function unitVectors(n: number, dim: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      const v = rng.normal();
      out[i * dim + j] = v;
      norm += v * v;
    }
    for (let j = 0; j < dim; j++) out[i * dim + j] /= Math.sqrt(norm);
  }
  return out;
}

/** Runs the LOF figure (median of 3) on wasm. */
export async function runLofBench(log: (line: string) => void): Promise<MetricLearningBench> {
  const backend = await useNodeBackend('wasm');
  const dim = 128;
  const fit = unitVectors(6000, dim, 1);
  const query = unitVectors(2000, dim, 2);
  const before = tf.memory().numTensors;
  const fits: number[] = [];
  const fitCpu: number[] = [];
  const queries: number[] = [];
  const stats = { fallbackRows: 0 };
  for (let r = 0; r < 3; r++) {
    stats.fallbackRows = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const model = lofFromFitNeighbors(await nearestNeighbors(fit, dim, null, 20, {}, stats));
    const c1 = process.cpuUsage(c0);
    fitCpu.push((c1.user + c1.system) / 1e6);
    const t1 = performance.now();
    lofScoreSamples(model, await nearestNeighbors(fit, dim, query, 20, {}, stats));
    fits.push((t1 - t0) / 1000);
    queries.push((performance.now() - t1) / 1000);
  }
  const mid = (v: number[]) => [...v].sort((a, b) => a - b)[1];
  const result = { backend, lofFitSeconds: mid(fits), lofFitCpuSeconds: mid(fitCpu), lofQuerySeconds: mid(queries), fallbackRows: stats.fallbackRows, leakedTensors: tf.memory().numTensors - before, job: null };
  log(`node wasm LOF 6000x128 k=20: fit ${result.lofFitSeconds.toFixed(2)} s (CPU ${result.lofFitCpuSeconds.toFixed(2)} s), 2000 queries ${result.lofQuerySeconds.toFixed(2)} s (target fit < 2 s)`);
  return result;
}

if (process.argv[1]?.endsWith('metric-learning-bench.ts')) {
  runMetricLearningBench((line) => process.stderr.write(`${line}\n`))
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exit(1);
    });
}
