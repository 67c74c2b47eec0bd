import * as tf from '@tensorflow/tfjs';
import { convAeParamCount, createConvAutoencoder, type ConvAeConfig, type ConvAutoencoder } from '../model/conv-ae';
import { fitPca, projectPca, reconstructPca } from '../pca/pca';
import { fail } from '../problem';
import { trainThen } from '../train/train-job';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import { aucByComponents, evaluateMethod } from './conv-ae-pca-evaluate';
import type { ConvAePcaJobInput, ConvAePcaJobResult, ConvAeResult, ConvAeSettings, PcaResult } from './conv-ae-pca-types';
import type { JobEvent } from './job-events';

const SCORE_BATCH = 32;

/** The conv AE of the lesson: the SSIM lesson's model with an MSE loss at the faces' size. */
export function faceAeConfig(size: number, ae: Pick<ConvAeSettings, 'latent' | 'depth' | 'width'>): ConvAeConfig {
  return { inputSize: size, latent: ae.latent, width: ae.width, depth: ae.depth, loss: 'l2' };
}

/** The first problem of the input as a code, or null. */
export function convAePcaInputProblem(input: ConvAePcaJobInput): string | null {
  const { data, pca } = input;
  const area = data.size * data.size;
  const nTrain = data.train.length / area;
  const nTest = data.testLabels.length;
  if (!Number.isInteger(nTrain) || nTrain < 2 || data.test.length !== nTest * area) return 'faces-data-shape';
  if (data.testMasks && data.testMasks.length !== nTest * area) return 'faces-data-shape';
  if (!Number.isInteger(pca.maxComponents) || pca.maxComponents < 1 || pca.maxComponents > Math.min(nTrain - 1, area)) return 'pca-max-components';
  if (!Number.isInteger(pca.k) || pca.k < 1 || pca.k > pca.maxComponents) return 'pca-k';
  return null;
}

/** Reconstructs `x` [n, area] in batches (leaves no tensors). */
async function* reconstructAll(model: ConvAutoencoder, x: Float32Array, area: number): AsyncGenerator<JobEvent, Float32Array> {
  const n = x.length / area;
  const out = new Float32Array(x.length);
  for (let from = 0; from < n; from += SCORE_BATCH) {
    const count = Math.min(SCORE_BATCH, n - from);
    const rec = tf.tidy(() => model.reconstruct(tf.tensor2d(x.subarray(from * area, (from + count) * area), [count, area])));
    out.set(await rec.data(), from * area);
    rec.dispose();
    yield { type: 'eval', phase: 'ae-scoring', done: from + count, total: n };
    await yieldToEventLoop();
  }
  return out;
}

/** Fits PCA on the training normals and evaluates it on the test images. */
async function* runPca(input: ConvAePcaJobInput): AsyncGenerator<JobEvent, PcaResult> {
  const started = performance.now();
  const { data, pca } = input;
  const area = data.size * data.size;
  yield { type: 'eval', phase: 'pca', done: 0, total: 3 };
  const train = tf.tensor2d(data.train, [data.train.length / area, area]);
  const model = await fitPca(train, pca.maxComponents).finally(() => train.dispose());
  yield { type: 'eval', phase: 'pca', done: 1, total: 3 };
  const test = tf.tensor2d(data.test, [data.testLabels.length, area]);
  const { codes, centredNorms } = await projectPca(model, test).finally(() => test.dispose());
  yield { type: 'eval', phase: 'pca', done: 2, total: 3 };
  const { aucs } = aucByComponents(codes, centredNorms, pca.maxComponents, data.testLabels);
  const evaluation = evaluateMethod(data, reconstructPca(model, codes, pca.maxComponents, pca.k), input.hardestCount);
  let cumulative = 0;
  const cumulativeExplained = model.explainedVarianceRatio.map((r) => (cumulative += r));
  yield { type: 'eval', phase: 'pca', done: 3, total: 3 };
  return {
    mean: model.mean,
    components: model.components,
    variances: model.variances,
    explainedVarianceRatio: model.explainedVarianceRatio,
    cumulativeExplained,
    testCodes: codes,
    testCentredNorms: centredNorms,
    aucByK: aucs,
    evaluation,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Trains the conv AE on the training normals (MSE, no early stopping) and evaluates it. */
function runAe(input: ConvAePcaJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, ConvAeResult> {
  const { data, ae } = input;
  const area = data.size * data.size;
  const config = faceAeConfig(data.size, ae);
  const nTrain = data.train.length / area;
  const options = { epochs: ae.epochs, batchSize: Math.min(ae.batchSize, nTrain), learningRate: ae.learningRate, patience: 0, seed: input.seed, signal };
  return trainThen(() => createConvAutoencoder(config, input.seed), { features: area, train: data.train, val: null }, options, async function* (model, _data, summary) {
    const reconstructions = yield* reconstructAll(model, data.test, area);
    yield { type: 'eval', phase: 'metrics', done: 0, total: 1 } as JobEvent;
    return { ...summary, evaluation: evaluateMethod(data, reconstructions, input.hardestCount), weights: await model.getWeights(), parameters: convAeParamCount(config) };
  });
}

/** Rebuilds the conv AE from `weights` (problem `weights-mismatch` when they do not fit) and evaluates it; no training facts. */
async function* restoreAe(input: ConvAePcaJobInput, weights: Float32Array[]): AsyncGenerator<JobEvent, ConvAeResult> {
  const { data } = input;
  const config = faceAeConfig(data.size, input.ae);
  const model = createConvAutoencoder(config, input.seed);
  try {
    try {
      model.setWeights(weights);
    } catch {
      return fail('weights-mismatch', {});
    }
    const reconstructions = yield* reconstructAll(model, data.test, data.size * data.size);
    yield { type: 'eval', phase: 'metrics', done: 0, total: 1 };
    const stop = { reason: 'completed' as const, epochsRun: 0, heldEpoch: 0, patience: 0, restoredBest: false };
    return {
      trainLoss: [],
      valLoss: [],
      epochsRun: 0,
      bestEpoch: 0,
      stopReason: 'completed',
      stop,
      secondsPerEpoch: NaN,
      evaluation: evaluateMethod(data, reconstructions, input.hardestCount),
      weights: weights.map((w) => w.slice()),
      parameters: convAeParamCount(config),
    };
  } finally {
    model.dispose();
  }
}

/**
 * The "from PCA to a convolutional autoencoder" lesson (seed 003): fits PCA
 * with `pca.maxComponents` axes on the training normals (faces without
 * glasses) and scores the test faces with `pca.k` of them, then trains the
 * conv AE (MSE) on the same normals and scores them the same way; both are
 * judged by image ROC (glasses = positive) and, with masks, pixel ROC of
 * |input − reconstruction|. With `weights`, the AE is rebuilt from them
 * instead of trained. Yields PCA progress, the AE's training events and
 * scoring progress. Throws an Error with a code for inconsistent input.
 * Leaves no tensors behind; the result is plain data.
 */
export async function* convAePcaJob(input: ConvAePcaJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, ConvAePcaJobResult> {
  const problem = convAePcaInputProblem(input);
  if (problem) throw new Error(problem);
  const started = performance.now();
  const pca = yield* runPca(input);
  const ae = input.pcaOnly ? null : input.weights ? yield* restoreAe(input, input.weights) : yield* runAe(input, signal);
  return { size: input.data.size, pca, ae, seconds: (performance.now() - started) / 1000, backend: tf.getBackend() };
}
