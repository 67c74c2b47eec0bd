/**
 * The metric-learning lesson's Node figures (issue 13), on the wasm backend:
 * - LOF: fit a scikit-learn-exact LOF (k = 20) on 6,000 unit vectors of
 *   dimension 128 and score 2,000 queries (distances from tfjs matmuls in
 *   blocks, `src/core/neighbors/`); target < 2 s for the fit set;
 * - the job's seconds per training epoch with the lesson's defaults on
 *   Fashion-MNIST 7 vs 9 (one model, `--metric-epochs` epochs, default 2).
 * Run alone with `npx tsx scripts/bench/metric-learning-bench.ts`; the last
 * line is one JSON object.
 */
import * as tf from '@tensorflow/tfjs';
import { lofFromFitNeighbors, lofScoreSamples } from '../../src/core/neighbors/lof';
import { nearestNeighbors } from '../../src/core/neighbors/neighbors';
import { createRng } from '../../src/core/random/rng';
import { useNodeBackend } from '../node-backend';

/** What the section reports. */
export interface MetricLearningBench {
  backend: string;
  /** Seconds to fit LOF on 6,000 × 128 (neighbours of every fit point, densities, factors). */
  lofFitSeconds: number;
  /** Seconds to score 2,000 queries against it. */
  lofQuerySeconds: number;
  /** Rows that needed a full exact scan (near-ties), of 8,000. */
  fallbackRows: number;
  /** Tensors left behind (must be 0). */
  leakedTensors: number;
}

/** The section as table lines for stdout. */
export function formatMetricLearning(b: MetricLearningBench): string {
  return `\nMetric learning (Node ${b.backend}): LOF fit 6000x128 k=20 ${b.lofFitSeconds.toFixed(2)} s (target < 2 s), 2000 queries ${b.lofQuerySeconds.toFixed(2)} s, ${b.fallbackRows} exact-scan rows, ${b.leakedTensors} leaked tensors\n`;
}

/** Every figure of the section. */
export async function runMetricLearningBench(log: (line: string) => void): Promise<MetricLearningBench> {
  return runLofBench(log);
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
  const queries: number[] = [];
  const stats = { fallbackRows: 0 };
  for (let r = 0; r < 3; r++) {
    stats.fallbackRows = 0;
    const t0 = performance.now();
    const model = lofFromFitNeighbors(await nearestNeighbors(fit, dim, null, 20, {}, stats));
    const t1 = performance.now();
    lofScoreSamples(model, await nearestNeighbors(fit, dim, query, 20, {}, stats));
    fits.push((t1 - t0) / 1000);
    queries.push((performance.now() - t1) / 1000);
  }
  const mid = (v: number[]) => [...v].sort((a, b) => a - b)[1];
  const result = { backend, lofFitSeconds: mid(fits), lofQuerySeconds: mid(queries), fallbackRows: stats.fallbackRows, leakedTensors: tf.memory().numTensors - before };
  log(`node wasm LOF 6000x128 k=20: fit ${result.lofFitSeconds.toFixed(2)} s, 2000 queries ${result.lofQuerySeconds.toFixed(2)} s (target fit < 2 s)`);
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
