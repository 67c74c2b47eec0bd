import * as tf from '@tensorflow/tfjs';
import { quantile } from '../metrics/quantile';
import { rocAuc } from '../metrics/roc';
import { createMetricNet, type MetricNet } from '../model/l2-softmax';
import { knnScores, neighborScores } from '../neighbors/lof';
import { nearestNeighbors } from '../neighbors/neighbors';
import { fail } from '../problem';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import { jobBackbone } from './metric-learning-backbone';
import { embeddingSpread, standardiseOn, meanOf, projectGroups, rowsOf } from './metric-learning-scores';
import { trainMetricNet } from './metric-learning-train';
import { COLLAPSE_SPREAD, type MetricLearningEvent, type MetricLearningJobInput, type MetricLearningJobResult, type MetricModelResult } from './metric-learning-types';

const EMBED_BATCH = 256;

/** One model's scores of the test and validation images, with its fit set's own scores for standardising. */
interface ModelScores {
  result: MetricModelResult;
  lofQuery: Float64Array;
  knnQuery: Float64Array;
  lofFit: Float64Array;
  knnFit: Float64Array;
}

/**
 * The metric-learning lesson's job (seed 001, second half): trains
 * `settings.models` L2-softmax classifiers (seeds s, s + 1, …) to tell the
 * normal class from the reference classes, re-estimates their batch-norm
 * statistics on the training images, embeds the images (L2-normalised), and
 * scores each test image by LOF (novelty mode, scikit-learn's) and by the
 * mean distance to its k nearest normal training embeddings. The ensemble
 * averages each model's scores standardised on its fit set's own scores (LOF:
 * negative_outlier_factor_; kNN: each fit point against the others). Also
 * kNN on raw pixels, the spread of the embeddings and a 2-D PCA of the
 * first model's embeddings. Returns plain data; leaves no tensors. Stop
 * (the signal) ends training within one batch; the models with at least one
 * epoch are then scored, and with none the job fails 'scoring-cancelled'.
 * The training events speak for the whole run (see {@link trainMetricNet}):
 * elapsed time since the job started, and a stop's epochs counting every
 * model's, so a stop during model 2's first epoch is not "nothing trained".
 * With `input.backbone`, a pretrained model replaces the MobileNetV2 (see
 * {@link jobBackbone}); raw-pixel kNN stays on pixels.
 * @throws 'input-size-mismatch' when `model.inputSize` differs from `data.size`,
 *   'no-normal-train' without normal training images, 'backbone-load' and
 *   'backbone-output' for a pretrained backbone tfjs cannot use
 */
export async function* metricLearningJob(input: MetricLearningJobInput, signal: AbortSignal): AsyncGenerator<MetricLearningEvent, MetricLearningJobResult> {
  const runStart = performance.now() / 1000;
  const { data, model: settings } = input;
  if (settings.inputSize !== data.size) throw new Error('input-size-mismatch');
  const area = data.size * data.size;
  const nTrain = data.trainClasses.length;
  const fitRows = rowsOf(data.trainClasses, (c) => c === 0);
  if (fitRows.length < 2) throw new Error('no-normal-train');
  const fitPixels = gather(data.trainX, fitRows, area);
  const queryPixels = concat(data.testX, data.validation);
  const nTest = data.testLabels.length;
  const classes = data.classNames.length;
  const backbone = await jobBackbone(input);
  const perModel: ModelScores[] = [];
  let projection: MetricLearningJobResult['projection'] | null = null;
  let x: tf.Tensor2D | null = null;
  let labels: tf.Tensor1D | null = null;
  let epochsBefore = 0;
  try {
    const dim = backbone.rowLength;
    const trainRows = yield* backbone.rows(data.trainX);
    const fitRowsSeen = gather(trainRows, fitRows, dim);
    const queryRows = yield* backbone.rows(queryPixels);
    x = tf.tensor2d(trainRows, [nTrain, dim]);
    labels = tf.tensor1d(data.trainClasses, 'int32');
    for (let m = 0; m < settings.models; m++) {
      yield { type: 'eval', phase: 'model', done: m, total: settings.models };
      const seed = settings.seed + m;
      const net = createMetricNet({ inputSize: data.size, width: settings.width, embeddingSize: settings.embeddingSize, classes, alpha: settings.alpha }, seed, await backbone.forModel());
      try {
        const trained = yield* trainMetricNet(net, x, labels, { ...settings, seed, signal, runStart, epochsBefore });
        if (trained.epochsRun === 0) break;
        epochsBefore += trained.epochsRun;
        yield { type: 'eval', phase: 'embed', done: m, total: settings.models };
        for await (const done of net.reestimateBatchNorm(x, settings.batchSize)) yield { type: 'eval', phase: 'embed', done, total: nTrain };
        const fitEmb = yield* embed(net, fitRowsSeen, dim);
        const queryEmb = yield* embed(net, queryRows, dim);
        if (m === 0) projection = projectGroups(yield* embed(net, trainRows, dim), queryEmb.subarray(0, nTest * settings.embeddingSize), data, settings.embeddingSize, settings.seed);
        const scores = await neighborScores(fitEmb, queryEmb, settings.embeddingSize, settings.neighbors);
        yield { type: 'eval', phase: 'lof', done: m + 1, total: settings.models };
        const lof = Float32Array.from(scores.queryNegativeLof.subarray(0, nTest), (v) => -v);
        const knn = Float32Array.from(scores.queryKnn.subarray(0, nTest));
        const spread = embeddingSpread(queryEmb.subarray(0, nTest * settings.embeddingSize), settings.embeddingSize);
        perModel.push({
          result: {
            seed,
            lof: { scores: lof, auc: rocAuc(lof, data.testLabels) },
            knn: { scores: knn, auc: rocAuc(knn, data.testLabels) },
            loss: trained.loss,
            accuracy: trained.accuracy,
            alpha: await net.alpha(),
            embeddingSpread: spread,
            collapsed: spread < COLLAPSE_SPREAD,
            epochsRun: trained.epochsRun,
            secondsPerEpoch: trained.secondsPerEpoch,
            ...(input.keepEmbeddings ? { embeddings: { fit: fitEmb, test: queryEmb.slice(0, nTest * settings.embeddingSize) } } : {}),
          },
          lofQuery: scores.queryNegativeLof.map((v) => -v),
          knnQuery: scores.queryKnn,
          lofFit: scores.fitNegativeLof.map((v) => -v),
          knnFit: scores.fitKnn,
        });
      } finally {
        net.dispose();
      }
      if (signal.aborted) break;
    }
  } finally {
    tf.dispose([x, labels].filter((t) => t !== null));
    backbone.dispose();
  }
  if (perModel.length === 0) return fail('scoring-cancelled', {});
  yield { type: 'eval', phase: 'raw-knn', done: 0, total: 1 };
  const k = Math.min(settings.neighbors, fitRows.length);
  const raw = Float32Array.from(knnScores(await nearestNeighbors(fitPixels, area, data.testX, k)));
  yield { type: 'eval', phase: 'ensemble', done: 0, total: 1 };
  const lofAll = meanOf(perModel.map((p) => standardiseOn(p.lofQuery, p.lofFit)));
  const knnAll = meanOf(perModel.map((p) => standardiseOn(p.knnQuery, p.knnFit)));
  const lofTest = lofAll.slice(0, nTest);
  const knnTest = knnAll.slice(0, nTest);
  const threshold = quantile(lofAll.subarray(nTest), input.validationQuantile);
  let flagged = 0;
  let passed = 0;
  let anomalies = 0;
  for (let i = 0; i < nTest; i++) {
    if (data.testLabels[i]) {
      anomalies++;
      if (lofTest[i] >= threshold) flagged++;
    } else if (lofTest[i] < threshold) passed++;
  }
  return {
    models: perModel.map((p) => p.result),
    ensemble: { lof: { scores: lofTest, auc: rocAuc(lofTest, data.testLabels) }, knn: { scores: knnTest, auc: rocAuc(knnTest, data.testLabels) } },
    rawKnn: { scores: raw, auc: rocAuc(raw, data.testLabels) },
    testLabels: data.testLabels.slice(),
    threshold,
    tpr: anomalies > 0 ? flagged / anomalies : 0,
    tnr: nTest - anomalies > 0 ? passed / (nTest - anomalies) : 0,
    projection: projection!,
    secondsPerEpoch: perModel.reduce((s, p) => s + p.result.secondsPerEpoch, 0) / perModel.length,
    epochs: settings.epochs,
    backend: tf.getBackend(),
    backbone: backbone.used,
  };
}

/** L2-normalised embeddings of `pixels` [n, area] (pixels, or a frozen backbone's features) in batches, with an 'embed' event per batch (the worker's stall check needs steps); plain data. */
async function* embed(net: MetricNet, pixels: Float32Array, area: number): AsyncGenerator<MetricLearningEvent, Float32Array> {
  const n = pixels.length / area;
  const e = net.config.embeddingSize;
  const out = new Float32Array(n * e);
  for (let from = 0; from < n; from += EMBED_BATCH) {
    const count = Math.min(EMBED_BATCH, n - from);
    const t = tf.tidy(() => net.embed(tf.tensor2d(pixels.subarray(from * area, (from + count) * area), [count, area])));
    out.set(await t.data(), from * e);
    t.dispose();
    await yieldToEventLoop();
    yield { type: 'eval', phase: 'embed', done: from + count, total: n };
  }
  return out;
}

function gather(x: Float32Array, rows: Int32Array, dim: number): Float32Array {
  const out = new Float32Array(rows.length * dim);
  rows.forEach((r, i) => out.set(x.subarray(r * dim, (r + 1) * dim), i * dim));
  return out;
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
