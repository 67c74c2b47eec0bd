/**
 * The fast dense autoencoder (fused layer ops, skipped input gradient, packed
 * small models, gatherND batches) learns what plain tfjs ops learn: the same
 * initial weights trained on the same batches reach the same losses and the
 * same lesson-1 AUC. No timing assertions.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { buildImageSplit } from '../data/class-split';
import { headlineMetrics } from '../pipeline/headline-metrics';
import { mnistOnesVsNines, useWasmBackend } from '../pipeline/test-jobs';
import { createRng } from '../random/rng';
import { scoreReconstructions } from '../score/reconstruction-scores';
import { trainModel } from '../train/train-loop';
import type { TrainOptions } from '../train/train-events';
import { layerTable, SEED000_CONFIG, type DenseAeConfig } from './dense-ae-architecture';
import { createDenseAutoencoder } from './dense-autoencoder';
import { glorotUniform } from './glorot';
import type { TrainableModel } from './trainable-model';

useWasmBackend();

/** The textbook model: tf.matMul + tf.add + activation per layer, tfjs' own gradients, one variable per tensor. */
function referenceModel(config: DenseAeConfig, seed: number): TrainableModel & { reconstruct(x: tf.Tensor2D): tf.Tensor2D } {
  const rng = createRng(seed);
  const layers = layerTable(config).map((row) => ({
    w: tf.tidy(() => tf.variable(tf.tensor2d(glorotUniform(row.inputs, row.outputs, rng), [row.inputs, row.outputs]))),
    b: tf.tidy(() => tf.variable(tf.zeros([row.outputs]))),
    activation: row.activation,
  }));
  const act = { relu: tf.relu, sigmoid: tf.sigmoid, tanh: tf.tanh, linear: (t: tf.Tensor) => t };
  const reconstruct = (x: tf.Tensor2D) =>
    tf.tidy(() => layers.reduce<tf.Tensor2D>((h, l) => act[l.activation](tf.add(tf.matMul(h, l.w), l.b)) as tf.Tensor2D, x));
  const vars = layers.flatMap((l) => [l.w, l.b]);
  return {
    reconstruct,
    loss: (batch) => tf.tidy(() => tf.mean(tf.squaredDifference(batch, reconstruct(batch))) as tf.Scalar),
    trainableVariables: () => vars,
    allVariables: () => vars,
    dispose: () => tf.dispose(vars),
  };
}

async function trainAndScore(model: TrainableModel & { reconstruct(x: tf.Tensor2D): tf.Tensor2D }, split: ReturnType<typeof buildImageSplit>, opts: TrainOptions) {
  const dim = split.dim;
  const train = tf.tensor2d(split.trainX, [split.counts.train, dim]);
  const val = tf.tensor2d(split.valX, [split.counts.val, dim]);
  const test = tf.tensor2d(split.testX, [split.testLabels.length, dim]);
  const losses: number[] = [];
  try {
    for await (const e of trainModel(model, { train, val }, opts)) if (e.type === 'epoch') losses.push(e.valLoss);
    const scored = await scoreReconstructions(model, test);
    return { losses, auc: headlineMetrics(scored.scores.l1, split.testLabels).auc };
  } finally {
    tf.dispose([train, val, test]);
    model.dispose();
  }
}

describe('fast dense autoencoder vs plain tfjs ops (MNIST 1 vs 9 subset, wasm)', () => {
  it('reaches the same validation losses and the same AUC', async () => {
    const split = await mnistOnesVsNines({ seed: 0, maxTrain: 1024, maxTestPerClass: 400 });
    const opts: TrainOptions = { epochs: 4, batchSize: 128, learningRate: 0.001, patience: 0, seed: 0, restoreBest: false };
    const before = tf.memory().numTensors;
    const fast = await trainAndScore(createDenseAutoencoder(SEED000_CONFIG, 0), split, opts);
    const reference = await trainAndScore(referenceModel(SEED000_CONFIG, 0), split, opts);
    expect(tf.memory().numTensors).toBe(before);
    fast.losses.forEach((loss, i) => expect(Math.abs(loss - reference.losses[i]) / reference.losses[i]).toBeLessThan(0.01));
    expect(Math.abs(fast.auc - reference.auc)).toBeLessThan(0.002);
    expect(fast.auc).toBeGreaterThan(0.95);
  });

  it('packs a small model into one variable and still trains like the reference', async () => {
    const config: DenseAeConfig = { ...SEED000_CONFIG, inputSize: 100, hidden: [50], latent: 25 };
    const rng = createRng(7);
    const split = fakeSplit(640, rng);
    const opts: TrainOptions = { epochs: 3, batchSize: 32, learningRate: 0.001, patience: 0, seed: 1, restoreBest: false };
    const fastModel = createDenseAutoencoder(config, 3);
    expect(fastModel.trainableVariables()).toHaveLength(1);
    const fast = await trainAndScore(fastModel, split, opts);
    const reference = await trainAndScore(referenceModel(config, 3), split, opts);
    fast.losses.forEach((loss, i) => expect(Math.abs(loss - reference.losses[i]) / reference.losses[i]).toBeLessThan(0.01));
  });
});

/** Smooth random rows in [0, 1] (train, val and a labelled test set), enough for a loss to fall. */
function fakeSplit(n: number, rng: ReturnType<typeof createRng>): ReturnType<typeof buildImageSplit> {
  const row = () => {
    const phase = rng.next() * 6.28;
    return Array.from({ length: 100 }, (_, j) => 0.5 + 0.4 * Math.sin(phase + j / 8) * (0.8 + 0.2 * rng.next()));
  };
  const make = (k: number) => Float32Array.from(Array.from({ length: k }, row).flat());
  const nTest = 64;
  return {
    dim: 100,
    trainX: make(n),
    valX: make(64),
    testX: make(nTest),
    testLabels: new Uint8Array(nTest).fill(1, nTest / 2),
    testClasses: new Uint8Array(nTest),
    counts: { train: n, val: 64, testNormal: nTest / 2, testAnomaly: nTest / 2 },
  };
}
