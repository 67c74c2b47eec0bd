/**
 * The benchmark's workloads: each lesson's default model and data, as job
 * inputs, with the FLOPs they cost. Pure TypeScript (no Node, no DOM), shared
 * by the Node bench and the Chromium bench page.
 */
import { buildImageSplit } from '../../src/core/data/class-split';
import type { DatasetName, Split } from '../../src/core/data/dataset-files';
import { forwardFlopsPerSample, SEED000_CONFIG, type DenseAeConfig } from '../../src/core/model/dense-ae-architecture';
import type { DenseAeJobInput } from '../../src/core/pipeline/dense-ae-job';
import type { TimeseriesAeJobInput } from '../../src/core/pipeline/timeseries-ae-job';
import { generateSeries } from '../../src/core/timeseries/generate-series';
import { SEED002_MODEL, SEED002_TRAIN, SEED002_VAL_FRACTION } from '../../src/core/timeseries/seed002-config';
import { SEED002_SERIES } from '../../src/core/timeseries/series-spec';
import { SETTINGS } from '../../src/lessons/dense-ae/params';
import type { JobName, JobTypes } from '../../src/worker/jobs';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { patchVaeWorkload } from './patch-vae-workload';

/** Registered jobs (src/worker/jobs.ts) whose default model the bench trains. */
export const BENCH_LESSONS = ['dense-ae', 'timeseries-ae', 'patch-vae'] as const satisfies readonly JobName[];
export type BenchLesson = (typeof BENCH_LESSONS)[number];

/** What to run: a lesson's defaults, optionally on fewer training rows (slow backends). */
export interface WorkloadSpec {
  lesson: BenchLesson;
  epochs: number;
  /** Use at most this many training rows (patches for the patch VAE); undefined = the lesson's full training set. */
  maxTrain?: number;
  /** Score at most this many test images per class (patch VAE on slow backends); undefined = all. */
  maxTestPerClass?: number;
}

/** A ready job input plus the numbers needed to turn timings into throughput. */
export type Workload = { [K in BenchLesson]: { job: K; input: JobTypes[K]['input']; cost: WorkloadCost; fullCost: WorkloadCost } }[BenchLesson];

/** Sizes and FLOPs of a workload. */
export interface WorkloadCost {
  nTrain: number;
  nVal: number;
  /** Rows scored after training (the job's scoring phase; windows for the patch VAE). */
  nScored: number;
  batchSize: number;
  /** FLOPs of one forward pass of one row (2 × multiply–adds). */
  forwardFlops: number;
  /** FLOPs of one epoch: forward + two backward matmuls per layer per training row, plus the validation forward pass. */
  epochFlops: number;
}

/** Fetches one class file of a dataset: raw N×784 uint8 rows. */
export type FetchClass = (dataset: DatasetName, split: Split, cls: number) => Promise<Uint8Array>;

/** Builds the input of `spec` (data from `fetchClass` for image lessons). */
export function buildWorkload(spec: WorkloadSpec, fetchClass: FetchClass): Promise<Workload> {
  return BUILDERS[spec.lesson](spec, fetchClass);
}

/** The workload builder of each bench job, keyed by job name. */
const BUILDERS: Record<BenchLesson, (spec: WorkloadSpec, fetchClass: FetchClass) => Promise<Workload>> = {
  'dense-ae': (spec, fetchClass) => denseAeWorkload(spec, fetchClass),
  'timeseries-ae': (spec) => Promise.resolve(timeseriesAeWorkload(spec)),
  'patch-vae': async (spec, fetchClass) => ({
    job: 'patch-vae',
    ...(await patchVaeWorkload({ epochs: spec.epochs, patches: spec.maxTrain, maxTestPerClass: spec.maxTestPerClass }, fetchClass)),
  }),
};

async function denseAeWorkload(spec: WorkloadSpec, fetchClass: FetchClass): Promise<Workload> {
  const p = defaultsOf(SETTINGS);
  const classes = [...p.normal, ...p.anomaly];
  const train = new Map(await Promise.all(p.normal.map(async (c) => [c, await fetchClass(p.dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all(classes.map(async (c) => [c, await fetchClass(p.dataset, 'test', c)] as const)));
  const split = buildImageSplit(train, test, p, { seed: p.seed, maxTrain: spec.maxTrain });
  const model: DenseAeConfig = { ...SEED000_CONFIG, inputSize: split.dim, hidden: [p.hidden], latent: p.latent, loss: p.loss };
  const input: DenseAeJobInput = {
    split: { dim: split.dim, trainX: split.trainX, valX: split.valX, testX: split.testX },
    model,
    train: { epochs: spec.epochs, batchSize: p.batch, learningRate: p.lr, patience: p.patience, seed: p.seed },
    initSeed: p.seed,
  };
  const nScored = split.counts.testNormal + split.counts.testAnomaly + split.counts.val;
  const nAll = p.normal.reduce((s, c) => s + (train.get(c)?.length ?? 0) / split.dim, 0);
  return {
    job: 'dense-ae',
    input,
    cost: cost(model, split.counts.train, split.counts.val, nScored, p.batch),
    fullCost: cost(model, nAll - split.counts.val, split.counts.val, nScored, p.batch),
  };
}

function timeseriesAeWorkload(spec: WorkloadSpec): Workload {
  const data = generateSeries(SEED002_SERIES, 0);
  const n = data.x.length / data.L;
  const nValFull = Math.floor(n * SEED002_VAL_FRACTION);
  const nTrain = Math.min(n - nValFull, spec.maxTrain ?? Infinity);
  // A reduced workload keeps the first nTrain training rows and the last rows as its validation quarter.
  const reduced = nTrain < n - nValFull;
  const nVal = reduced ? Math.round((nTrain * SEED002_VAL_FRACTION) / (1 - SEED002_VAL_FRACTION)) : nValFull;
  const pool = reduced ? Int32Array.from({ length: nTrain + nVal }, (_, k) => (k < nTrain ? k : n - nVal + (k - nTrain))) : null;
  const input: TimeseriesAeJobInput = {
    L: data.L,
    x: data.x,
    poolRows: pool,
    valFraction: reduced ? (nVal + 0.5) / (nTrain + nVal) : SEED002_VAL_FRACTION,
    model: SEED002_MODEL,
    train: { ...SEED002_TRAIN, epochs: spec.epochs, seed: 0 },
    initSeed: 0,
  };
  const model: DenseAeConfig = { ...SEED002_MODEL, inputSize: data.L };
  return {
    job: 'timeseries-ae',
    input,
    cost: cost(model, nTrain, nVal, n, SEED002_TRAIN.batchSize),
    fullCost: cost(model, n - nValFull, nValFull, n, SEED002_TRAIN.batchSize),
  };
}

function cost(model: DenseAeConfig, nTrain: number, nVal: number, nScored: number, batchSize: number): WorkloadCost {
  const forwardFlops = forwardFlopsPerSample(model);
  return { nTrain, nVal, nScored, batchSize, forwardFlops, epochFlops: 3 * forwardFlops * nTrain + forwardFlops * nVal };
}
