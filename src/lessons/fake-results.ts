/**
 * Small fake states of every ready lesson after a run: data loaded, training
 * done, results present, so that every cell has something to draw. For tests
 * that render whole lessons (the Japanese-render test); not used by the app.
 */
import type { ImageSplit } from '../core/data/class-split';
import { SCORE_FLOORS, type WindowScores } from '../core/score/window-scores';
import type { TrainStop } from '../core/train/train-events';
import { fitStepScaler } from '../core/timeseries/standardize';
import { IDLE_TRAINING, type TrainingState } from '../notebook/training-state';
import { dataKey as denseDataKey, trainKey as denseTrainKey } from './dense-ae/keys';
import type { DenseAeState } from './dense-ae/state';
import { dataKey as patchDataKey, trainKey as patchTrainKey } from './patch-vae/keys';
import type { PatchVaeState } from './patch-vae/state';
import type { InspectionData } from '../core/textures/inspection-data';
import { dataKey as ssimDataKey, trainKey as ssimTrainKey } from './ssim-ae/keys';
import { IDLE_SSIM_TRAINING } from './ssim-ae/store';
import type { ModelResult, SsimAeState } from './ssim-ae/state';
import { trainKey as seriesTrainKey } from './timeseries-ae/keys';
import type { TimeseriesState } from './timeseries-ae/state';
import type { ConvAePcaState } from './conv-ae-pca/state';
import { fakeFaceRun } from './conv-ae-pca/fake-run';

const PX = 784;

/** A finished two-epoch run. */
export function doneTraining(stop: Partial<TrainStop> = {}): TrainingState {
  return {
    ...IDLE_TRAINING,
    status: 'done',
    epochs: 2,
    epoch: 2,
    batch: 3,
    batchesPerEpoch: 3,
    elapsedSeconds: 1.5,
    trainLoss: [0.5, 0.3],
    valLoss: [0.6, 0.4],
    bestEpoch: 2,
    stop: { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: true, ...stop },
  };
}

function images(n: number, seed: number): Float32Array {
  return Float32Array.from({ length: n * PX }, (_, i) => ((i * 7919 + seed * 104729) % 1000) / 1000);
}

/** A split of `nN` test normals (class 1) then `nA` test anomalies (class 9). */
function imageSplit(nN: number, nA: number): ImageSplit {
  const n = nN + nA;
  return {
    dim: PX,
    trainX: images(4, 1),
    valX: images(2, 2),
    testX: images(n, 3),
    testLabels: Uint8Array.from({ length: n }, (_, i) => (i < nN ? 0 : 1)),
    testClasses: Uint8Array.from({ length: n }, (_, i) => (i < nN ? 1 : 9)),
    counts: { train: 4, val: 2, testNormal: nN, testAnomaly: nA },
  };
}

/** Lesson 1 after a run: 10 normals and 10 anomalies whose scores overlap a little. */
export function fakeDenseAe(s: DenseAeState): Partial<DenseAeState> {
  const split = imageSplit(10, 10);
  const score = (k: number) => Float32Array.from({ length: 20 }, (_, i) => k * (i < 10 ? 10 + i : 17 + i));
  const val = (k: number) => Float32Array.from({ length: 8 }, (_, i) => k * (9 + i));
  const rows = (from: number) => Array.from({ length: 8 }, (_, i) => split.testX.subarray((from + i) * PX, (from + i + 1) * PX));
  return {
    data: { status: 'ready', error: null, split, samples: { normal: rows(0), anomaly: rows(10) }, key: denseDataKey(s.params) },
    training: doneTraining({ heldEpoch: 1 }),
    result: {
      key: denseTrainKey(s.params),
      test: { l1: score(1), l2: score(0.1), max: score(0.01) },
      val: { l1: val(1), l2: val(0.1), max: val(0.01) },
      reconstructions: split.testX.map((v) => v * 0.9),
      testX: split.testX,
      labels: split.testLabels,
      classes: split.testClasses,
      stopReason: 'completed',
      secondsPerEpoch: 0.75,
      epochsRun: 2,
      backend: 'wasm',
    },
  };
}

/** Window scores of `n` images on an 11×11 grid; image i scores (i + 1)·k. */
function windowScores(n: number): WindowScores {
  const maps = (k: number) => Float32Array.from({ length: n * 121 }, (_, i) => (i % 121 === 60 ? k * (1 + Math.floor(i / 121)) : 0.1 * k));
  const image = (k: number) => Float32Array.from({ length: n }, (_, i) => k * (i + 1));
  return { grid: 11, oldMap: maps(1), old: image(1), news: SCORE_FLOORS.map((floor, f) => ({ floor, map: maps(f + 1), image: image(f + 1) })), minSigma2: 2e-10 };
}

/** The patch VAE after a run on 2 normals and 2 anomalies, with held-out normals, latents, one earlier run and a scored drawing. */
export function fakePatchVae(s: PatchVaeState): Partial<PatchVaeState> {
  const split = imageSplit(2, 2);
  const p = s.params;
  const key = patchTrainKey(p);
  const grid = 3;
  const patch = p.patchSize * p.patchSize;
  const test = windowScores(4);
  return {
    data: { status: 'ready', error: null, split, key: patchDataKey(p) },
    training: { ...doneTraining({ restoredBest: false }), valLoss: [], phase: 'training', scored: 4 },
    result: {
      key,
      params: p,
      test,
      heldOut: windowScores(2),
      details: [0, 2].map((index) => ({ index, mu: images(1, index), sigma2: new Float32Array(PX).fill(1e-3), oldPixel: new Float32Array(PX), newPixel: new Float32Array(PX) })),
      latent: {
        latent: 3,
        z: Float32Array.from({ length: 30 }, (_, i) => Math.sin(i)),
        ink: Float32Array.from({ length: 10 }, (_, i) => i / 10),
        gridSide: grid,
        axis0: Float32Array.of(-1, 0, 1),
        axis1: Float32Array.of(1, 0, -1),
        mu: new Float32Array(grid * grid * patch).fill(0.5),
        sigma2: new Float32Array(grid * grid * patch).fill(0.01),
      },
      weights: [],
      testX: split.testX,
      labels: split.testLabels,
      classes: split.testClasses,
      trainLoss: [1, -2],
      epochsRun: 2,
      stopReason: 'completed',
      secondsPerEpoch: 3,
      scoringSeconds: 1.25,
      windows: 4 * 121,
      backend: 'wasm',
    },
    tryIt: { status: 'done', error: null, image: images(1, 5), resultKey: key, scored: { image: images(1, 5), scores: windowScores(1), mu: images(1, 6), sigma2: new Float32Array(PX).fill(1e-2) } },
  };
}

/** The time-series lesson after a run on its generated data (call `generate()` first): errors that separate the groups. */
export function fakeTimeseries(s: TimeseriesState): Partial<TimeseriesState> {
  const set = s.data.set;
  if (!set) throw new Error('fakeTimeseries needs generated data');
  const byGroup = [1, 0.02, 15, 9, 6, 4, 3];
  const mse = Float32Array.from(set.group, (g, i) => byGroup[g] * (1 + ((i * 37) % 100) / 400));
  return {
    training: doneTraining({ restoredBest: false }),
    result: {
      key: seriesTrainKey(s.params, s.data.key),
      set,
      mse,
      reconstructions: new Float32Array(set.x.length),
      scaler: fitStepScaler(set.x, set.L),
      output: s.params.output,
      pool: s.params.pool,
      nTrain: Math.round(set.group.length * 0.75),
      nVal: Math.round(set.group.length * 0.25),
      stopReason: 'completed',
      secondsPerEpoch: 0.4,
      epochsRun: 2,
      backend: 'wasm',
    },
    view: { ...s.view, revealed: true },
  };
}

/** 16×16 crops: 4 training, 4 validation, 8 test (4 normal, then 4 with a 3×3 defect of kinds 0–3). */
function inspectionData(): InspectionData {
  const size = 16;
  const area = size * size;
  const crops = (n: number, seed: number) => Float32Array.from({ length: n * area }, (_, i) => 0.5 + 0.3 * Math.sin(i * 0.7 + seed) * Math.cos((i % size) * 1.3));
  const masks = new Uint8Array(8 * area);
  for (let k = 4; k < 8; k++) for (let y = 5; y < 8; y++) for (let x = 5 + k - 4; x < 8 + k - 4; x++) masks[k * area + y * size + x] = 1;
  return {
    source: 'texture',
    size,
    train: crops(4, 1),
    validation: crops(4, 2),
    test: crops(8, 3),
    masks,
    labels: Uint8Array.from({ length: 8 }, (_, i) => (i < 4 ? 0 : 1)),
    kinds: Int32Array.from({ length: 8 }, (_, i) => (i < 4 ? -1 : i - 4)),
    kindNames: ['scratch-dark', 'scratch-bright', 'scratch-paired', 'hole', 'stain', 'thread', 'contamination', 'fold'],
  };
}

/** One trained model whose residuals are higher on the defects (by `gain`). */
function ssimModel(d: InspectionData, loss: 'ssim' | 'l2', gain: number): ModelResult {
  const maps = (n: number, masks: Uint8Array | null) => Float32Array.from({ length: n * d.size * d.size }, (_, i) => 0.05 + 0.02 * ((i * 37) % 11) / 11 + (masks?.[i] ? gain : 0));
  const nVal = d.validation.length / (d.size * d.size);
  const nTest = d.labels.length;
  return {
    loss,
    reconstructions: d.test.map((v) => 0.9 * v + 0.05),
    test: { l2: maps(nTest, d.masks), ssim: maps(nTest, d.masks) },
    validation: { l2: maps(nVal, null), ssim: maps(nVal, null) },
    weights: [],
    trainLoss: [0.5, 0.3],
    valLoss: [0.6, 0.4],
    epochsRun: 2,
    bestEpoch: 2,
    stopReason: 'completed',
    stop: { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: false },
    secondsPerEpoch: 1.5,
    scoringSeconds: 0.25,
    backend: 'wasm',
  };
}

/** The SSIM-AE lesson after training both models on small crops. */
export function fakeSsimAe(s: SsimAeState): Partial<SsimAeState> {
  const data = inspectionData();
  return {
    data: { status: 'ready', error: null, dataset: data, key: ssimDataKey(s.params) },
    training: { ...IDLE_SSIM_TRAINING, ...doneTraining({ restoredBest: false }) },
    result: { key: ssimTrainKey(s.params), data, models: { ssim: ssimModel(data, 'ssim', 0.4), l2: ssimModel(data, 'l2', 0.1) } },
  };
}

/** The PCA → conv-AE lesson after a run on 16×16 faces (see `fakeFaceRun`). */
export function fakeConvAePca(s: ConvAePcaState): Partial<ConvAePcaState> {
  return { ...fakeFaceRun(s), training: { ...s.training, ...doneTraining({ restoredBest: false }) } };
}

/** The metric-learning lesson after a tiny run (see `fakeMetricRun`). */
export { fakeMetricRun as fakeMetricLearning } from './metric-learning/fake-run';
