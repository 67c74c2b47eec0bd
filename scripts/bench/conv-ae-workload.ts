/**
 * The SSIM-autoencoder benchmark (issue 12): the shared conv op's GFLOP/s
 * against the dense op's on the same backend, the conv AE's seconds per
 * epoch, and the time to compute one 128×128 test image's SSIM and L2
 * residual maps. Pure TypeScript + tfjs on whatever backend is active, shared
 * by the Node bench and the Chromium bench page. Training crops are smooth
 * synthetic textures: speed does not depend on the pixels.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dOp, conv2dTransposeOp } from '../../src/core/model/conv2d-op';
import { convAeForwardFlops, convAeLayers, createConvAutoencoder, type ConvAeConfig, type ConvAeLoss } from '../../src/core/model/conv-ae';
import { denseOp } from '../../src/core/model/dense-op';
import { createRng } from '../../src/core/random/rng';
import { reconstructTiled, residualMaps } from '../../src/core/score/residual-maps';
import { SETTINGS } from '../../src/lessons/ssim-ae/params';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { trainModel } from '../../src/core/train/train-loop';

/** The model the op measurement and the scoring use: half the paper's width (the 'Better maps' preset). */
export const CONV_AE_BENCH_MODEL: ConvAeConfig = { inputSize: 64, latent: 100, width: 0.5, loss: 'ssim', ssim: { winSize: 11 } };

/** The same at the paper's width (32–128 channels), whose ops are measured too. */
export const CONV_AE_PAPER_WIDTH_MODEL: ConvAeConfig = { ...CONV_AE_BENCH_MODEL, width: 1 };

const LESSON = defaultsOf(SETTINGS);

/**
 * The lesson's defaults, read from its settings table
 * (src/lessons/ssim-ae/params.ts; issue 12: both losses trained, then the
 * test set scored, within 3 minutes in Chromium on wasm on 2 cores).
 * `testImages` bounds the scoring: 128×128 images, both models.
 */
export const LESSON_DEFAULTS = {
  inputSize: Number(LESSON.cropSize),
  width: Number(LESSON.width),
  latent: LESSON.latent,
  crops: LESSON.trainCount,
  epochs: LESSON.epochs,
  batchSize: LESSON.batch,
  learningRate: LESSON.lr,
  testImages: 48,
} as const;

/** One training-speed case: a model at a size, trained on `crops` crops with batch `batchSize`. */
export interface ConvAeTrainCase {
  inputSize: number;
  width: number;
  loss: ConvAeLoss;
  crops: number;
  batchSize: number;
}

/** What `npm run bench` trains: the lesson's default model and its L2 twin, half the paper's width (the 'Better maps' preset) at 64² and 128², and the paper's full width at 64² and 128². */
export const CONV_AE_TRAIN_CASES: ConvAeTrainCase[] = [
  { inputSize: LESSON_DEFAULTS.inputSize, width: LESSON_DEFAULTS.width, loss: 'ssim', crops: LESSON_DEFAULTS.crops, batchSize: LESSON_DEFAULTS.batchSize },
  { inputSize: LESSON_DEFAULTS.inputSize, width: LESSON_DEFAULTS.width, loss: 'l2', crops: LESSON_DEFAULTS.crops, batchSize: LESSON_DEFAULTS.batchSize },
  { inputSize: 64, width: 0.5, loss: 'ssim', crops: 1000, batchSize: 32 },
  { inputSize: 128, width: 0.5, loss: 'ssim', crops: 1000, batchSize: 32 },
  { inputSize: 64, width: 1, loss: 'ssim', crops: 1000, batchSize: 32 },
  { inputSize: 128, width: 1, loss: 'ssim', crops: 1000, batchSize: 32 },
];

/** Only the lesson default's two cases (`--conv-ae-default-only`). */
export const CONV_AE_DEFAULT_CASES: ConvAeTrainCase[] = CONV_AE_TRAIN_CASES.slice(0, 2);

/** Milliseconds since some origin: wall time, and CPU time of this process where the platform reports it (Node). */
export interface BenchClocks {
  wall: () => number;
  cpu?: () => number;
}

/** A duration by both clocks (cpu null where unavailable). */
export interface Timed {
  ms: number;
  cpuMs: number | null;
}

/** Everything the conv-AE bench measured on one backend. */
export interface ConvAeBenchResult {
  env: 'node' | 'chromium';
  backend: string;
  /** wasm threads; null for other backends. */
  threads: number | null;
  /** The ops of {@link CONV_AE_BENCH_MODEL} (width 0.5: 16–64 channels). */
  ops: ConvOpsResult;
  /** The ops of {@link CONV_AE_PAPER_WIDTH_MODEL} (width 1: 32–128 channels). */
  opsPaperWidth: ConvOpsResult;
  training: (ConvAeTrainCase & { epochs: number; secondsPerEpoch: number; cpuSecondsPerEpoch: number | null; firstEpochSeconds: number; gflops: number })[];
  /** One 128×128 test image: tiled reconstruction (tiles of the model input, half overlap) + SSIM (window 11) and L2 maps. */
  scoring: { imageSize: number; modelInputSize: number; tiles: number } & Timed;
  /** Tensors alive after the whole section minus before it (target 0). */
  leakedTensors: number;
}

/** The conv op against the dense op for one model's layers. */
export interface ConvOpsResult {
  /** Width multiplier of the model measured. */
  width: number;
  /** Training-direction GFLOP/s (forward, input and filter gradients) over every conv layer of the model at batch 32. */
  convGflops: number;
  /** Same for lesson 1's first dense layer (256×784·784×392) through `denseOp`. */
  denseGflops: number;
  /** convGflops ÷ denseGflops (target ≥ 0.5). */
  ratio: number;
  /** The same ratio by CPU time (less sensitive to other load; Node only). */
  cpuRatio: number | null;
  /** Per layer: name, milliseconds of one forward + backward, GFLOP/s. */
  layers: { name: string; ms: number; gflops: number }[];
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];

/**
 * What `time` reads back of a result to know it is computed: on the wasm and
 * cpu backends kernels run synchronously, so only the smallest output (a bias
 * gradient); asynchronous backends read everything. Training never reads a
 * gradient back, and reading a layer's dx (2 MB for the second layer) copies
 * it into fresh JavaScript memory, which on these machines costs more than
 * the layer's convolutions (page faults of new memory).
 */
function toRead(out: tf.Tensor[]): tf.Tensor[] {
  if (tf.getBackend() !== 'wasm' && tf.getBackend() !== 'cpu') return out;
  return [out.reduce((a, b) => (b.size < a.size ? b : a))];
}

/** Milliseconds per call of `f` (its result read back as `toRead` says and freed, or awaited), medians of `reps` after two warm-ups. */
async function time(f: () => tf.Tensor | tf.Tensor[] | Promise<unknown>, reps: number, clocks: BenchClocks): Promise<Timed> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps + 2; i++) {
    const [w0, c0] = [clocks.wall(), clocks.cpu?.() ?? 0];
    const r = f();
    if (r instanceof Promise) await r;
    else {
      const out = Array.isArray(r) ? r : [r];
      await Promise.all(toRead(out).map((t) => t.data()));
      tf.dispose(out);
    }
    if (i >= 2) {
      wall.push(clocks.wall() - w0);
      cpu.push((clocks.cpu?.() ?? 0) - c0);
    }
  }
  return { ms: median(wall), cpuMs: clocks.cpu ? median(cpu) : null };
}

/** Forward + backward of every conv layer of `model`, and of the dense op, at the lesson's batch, each given a fixed random output gradient. */
export async function measureConvOps(clocks: BenchClocks, model: ConvAeConfig = CONV_AE_BENCH_MODEL, reps = 5): Promise<ConvOpsResult> {
  const batch = 32;
  const layers: { name: string; ms: number; gflops: number }[] = [];
  let flopsSum = 0;
  let msSum = 0;
  let cpuSum = 0;
  let size = model.inputSize;
  for (const l of convAeLayers(model)) {
    const inSize = l.kind === 'conv' ? size : l.padding === 'valid' ? l.outSize - l.kernel + 1 : l.outSize / l.stride;
    const x = tf.randomNormal([batch, inSize, inSize, l.inChannels]) as tf.Tensor4D;
    const shape: [number, number, number, number] = l.kind === 'conv' ? [l.kernel, l.kernel, l.inChannels, l.outChannels] : [l.kernel, l.kernel, l.outChannels, l.inChannels];
    const f = tf.randomNormal(shape, 0, 0.1) as tf.Tensor4D;
    const b = tf.zeros([l.outChannels]) as tf.Tensor1D;
    const options = { stride: l.stride, padding: l.padding, activation: l.activation, inputGradient: l.inChannels > 1 || l.kind !== 'conv' };
    const op = (xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) =>
      l.kind === 'conv'
        ? conv2dOp(xx as tf.Tensor4D, ff as tf.Tensor4D, bb as tf.Tensor1D, options)
        : conv2dTransposeOp(xx as tf.Tensor4D, ff as tf.Tensor4D, bb as tf.Tensor1D, { ...options, outSize: [l.outSize, l.outSize] });
    const dy = tf.randomNormal(tf.tidy(() => op(x, f, b).shape));
    const t = await time(() => tf.grads((xx: tf.Tensor, ff: tf.Tensor, bb: tf.Tensor) => op(xx, ff, bb))([x, f, b], dy), reps, clocks);
    const flops = 3 * 2 * batch * l.macs;
    layers.push({ name: `${l.part} ${l.kind} ${l.kernel}×${l.kernel}/${l.stride} ${l.inChannels}→${l.outChannels} @${l.outSize}`, ms: t.ms, gflops: flops / t.ms / 1e6 });
    flopsSum += flops;
    msSum += t.ms;
    cpuSum += t.cpuMs ?? 0;
    size = l.outSize;
    tf.dispose([x, f, b, dy]);
  }
  const a = tf.randomNormal([256, 784]) as tf.Tensor2D;
  const w = tf.randomNormal([784, 392], 0, 0.05) as tf.Tensor2D;
  const bias = tf.zeros([392]) as tf.Tensor1D;
  const denseDy = tf.randomNormal([256, 392]);
  const dense = await time(() => tf.grads((aa: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => denseOp(aa as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D))([a, w, bias], denseDy), reps, clocks);
  tf.dispose([a, w, bias, denseDy]);
  const convGflops = flopsSum / msSum / 1e6;
  const denseFlops = 3 * 2 * 256 * 784 * 392;
  const denseGflops = denseFlops / dense.ms / 1e6;
  const cpuRatio = dense.cpuMs !== null ? flopsSum / cpuSum / (denseFlops / dense.cpuMs) : null;
  return { width: model.width, convGflops, denseGflops, ratio: convGflops / denseGflops, cpuRatio, layers };
}

/** `n` smooth random texture crops of side `s` in [0.05, 0.95], row-major rows. */
export function syntheticCrops(n: number, s: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * s * s);
  for (let k = 0; k < n; k++) {
    const [fy, fx, py, px] = [0.2 + rng.next(), 0.2 + rng.next(), 6 * rng.next(), 6 * rng.next()];
    for (let y = 0; y < s; y++) {
      for (let x = 0; x < s; x++) out[(k * s + y) * s + x] = 0.5 + 0.3 * Math.sin(fy * y + py) * Math.cos(fx * x + px) + 0.15 * (rng.next() - 0.5);
    }
  }
  return out;
}

/** Trains one case for `epochs` epochs (≥ 2) and reports its steady seconds per epoch (median after the first). */
export async function measureTraining(c: ConvAeTrainCase, epochs: number, clocks: BenchClocks): Promise<ConvAeBenchResult['training'][number]> {
  const config: ConvAeConfig = { inputSize: c.inputSize, latent: 100, width: c.width, loss: c.loss, ssim: { winSize: 11 } };
  const model = createConvAutoencoder(config, 0);
  const train = tf.tensor2d(syntheticCrops(c.crops, c.inputSize, 1), [c.crops, c.inputSize * c.inputSize]);
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let cpuMark = clocks.cpu?.() ?? 0;
  try {
    for await (const e of trainModel(model, { train, val: null }, { epochs, batchSize: c.batchSize, learningRate: 1e-3, patience: 0, seed: 0 })) {
      if (e.type !== 'epoch') continue;
      seconds.push(e.seconds);
      const cpuNow = clocks.cpu?.() ?? 0;
      cpuSeconds.push((cpuNow - cpuMark) / 1000);
      cpuMark = cpuNow;
    }
  } finally {
    train.dispose();
    model.dispose();
  }
  const steady = median(seconds.slice(1));
  return {
    ...c,
    epochs: seconds.length,
    secondsPerEpoch: steady,
    cpuSecondsPerEpoch: clocks.cpu ? median(cpuSeconds.slice(1)) : null,
    firstEpochSeconds: seconds[0],
    gflops: (3 * convAeForwardFlops(config) * c.crops) / steady / 1e9,
  };
}

/** Residual maps of one 128×128 image with the bench model (untrained: the time does not depend on the weights). */
export async function measureScoring(clocks: BenchClocks, reps = 5): Promise<ConvAeBenchResult['scoring']> {
  const size = 128;
  const tile = CONV_AE_BENCH_MODEL.inputSize;
  const model = createConvAutoencoder(CONV_AE_BENCH_MODEL, 0);
  const image = syntheticCrops(1, size, 2);
  try {
    const t = await time(async () => residualMaps(image, await reconstructTiled(model, image, size, size, tile, tile / 2), size, size, { winSize: 11 }), reps, clocks);
    const perAxis = Math.ceil((size - tile) / (tile / 2)) + 1;
    return { imageSize: size, modelInputSize: tile, tiles: perAxis * perAxis, ...t };
  } finally {
    model.dispose();
  }
}

/** The whole conv-AE bench on the active backend; `log` gets one line per step. */
export async function runConvAeBench(
  base: Pick<ConvAeBenchResult, 'env' | 'backend' | 'threads'>,
  opts: { epochs: number; cases?: ConvAeTrainCase[]; clocks: BenchClocks; log: (line: string) => void },
): Promise<ConvAeBenchResult> {
  const where = `${base.env} ${base.backend}${base.threads !== null ? ` ×${base.threads}` : ''}`;
  const tensorsBefore = tf.memory().numTensors;
  const ops = await measureConvOps(opts.clocks, CONV_AE_BENCH_MODEL);
  const opsPaperWidth = await measureConvOps(opts.clocks, CONV_AE_PAPER_WIDTH_MODEL);
  for (const o of [ops, opsPaperWidth]) {
    const cpuNote = o.cpuRatio !== null ? `; by CPU time ${o.cpuRatio.toFixed(2)}` : '';
    opts.log(`${where} width ${o.width}: conv op ${o.convGflops.toFixed(1)} GFLOP/s, dense op ${o.denseGflops.toFixed(1)} GFLOP/s (ratio ${o.ratio.toFixed(2)}${cpuNote})`);
  }
  const scoring = await measureScoring(opts.clocks);
  opts.log(`${where} residual maps of a 128×128 image: ${scoring.ms.toFixed(1)} ms`);
  const training: ConvAeBenchResult['training'] = [];
  for (const c of opts.cases ?? CONV_AE_TRAIN_CASES) {
    const r = await measureTraining(c, Math.max(2, opts.epochs), opts.clocks);
    opts.log(`${where} conv AE ${c.inputSize}² ×${c.width} ${c.loss}, ${c.crops} crops: ${r.secondsPerEpoch.toFixed(2)} s/epoch (${r.gflops.toFixed(1)} GFLOP/s)`);
    training.push(r);
  }
  const leakedTensors = tf.memory().numTensors - tensorsBefore;
  opts.log(`${where} tensors leaked by the conv-AE section: ${leakedTensors}`);
  return { ...base, ops, opsPaperWidth, training, scoring, leakedTensors };
}
