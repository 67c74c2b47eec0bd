import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { createMetricNet, softmaxCrossEntropy } from './l2-softmax';
import { maxRelDiff, useTestBackend } from './test-backend';

/* On the wasm backend, where the app trains (it lacks tfjs' depthwise gradient kernels). */
useTestBackend('wasm');

const config = { inputSize: 16, width: 0.5, embeddingSize: 8, classes: 3, alpha: { mode: 'learned' as const, value: 4 } };

function batch(n: number): { x: tf.Tensor2D; y: tf.Tensor1D } {
  return tf.tidy(() => {
    const y = tf.tensor1d(Array.from({ length: n }, (_, i) => i % 3), 'int32');
    const x = tf.add(tf.randomUniform([n, 256], 0, 0.2, 'float32', 5), tf.mul(tf.reshape(tf.cast(y, 'float32'), [n, 1]), tf.linspace(0, 0.3, 256).reshape([1, 256])));
    return { x: x as tf.Tensor2D, y };
  });
}

describe('createMetricNet (MobileNetV2 + L2-softmax)', () => {
  it('trains on wasm: SGD with momentum lowers the loss and moves a learned α', async () => {
    const net = createMetricNet(config, 1);
    const { x, y } = batch(24);
    const opt = tf.train.momentum(0.05, 0.9);
    const start = tf.tidy(() => net.loss(x, y, true));
    const first = (await start.data())[0];
    start.dispose();
    for (let i = 0; i < 15; i++) tf.tidy(() => void opt.minimize(() => net.loss(x, y, true), false, net.trainableVariables()));
    const last = tf.tidy(() => net.loss(x, y, true));
    expect((await last.data())[0]).toBeLessThan(first * 0.7);
    expect(await net.alpha()).not.toBe(4);
    last.dispose();
    opt.dispose();
    (opt as unknown as { c?: tf.Tensor }).c?.dispose();
    tf.dispose([x, y]);
    net.dispose();
  });

  it('embeds to unit vectors; re-estimated batch norm makes inference equal training mode on the same batch (running averages do not)', async () => {
    const net = createMetricNet(config, 2);
    const { x, y } = batch(30);
    const other = batch(12);
    tf.dispose(tf.tidy(() => net.logits(tf.mul(other.x, 3) as tf.Tensor2D, true)));
    tf.dispose(tf.tidy(() => net.logits(other.x, true)));
    tf.dispose([other.x, other.y]);
    const trainMode = tf.tidy(() => net.logits(x, true));
    const before = tf.tidy(() => net.logits(x, false));
    expect(maxRelDiff(await before.data(), await trainMode.data())).toBeGreaterThan(1e-2);
    const seen: number[] = [];
    for await (const done of net.reestimateBatchNorm(x, 30)) seen.push(done);
    expect(seen).toEqual([30]);
    const after = tf.tidy(() => net.logits(x, false));
    expect(maxRelDiff(await after.data(), await trainMode.data())).toBeLessThan(1e-3);
    const e = net.embed(x);
    const normT = tf.tidy(() => tf.sqrt(tf.sum(tf.square(e), 1)));
    for (const n of await normT.data()) expect(n).toBeCloseTo(1, 5);
    tf.dispose([x, y, trainMode, before, after, e, normT]);
    net.dispose();
  });

  it('cross-entropy: ln 3 for equal logits of 3 classes; 0 with one class (no reference data)', async () => {
    const three = tf.tidy(() => softmaxCrossEntropy(tf.zeros([4, 3]), tf.tensor1d([0, 1, 2, 1], 'int32'), 3));
    expect((await three.data())[0]).toBeCloseTo(Math.log(3), 6);
    const one = tf.tidy(() => softmaxCrossEntropy(tf.tensor2d([[2], [-1]]), tf.tensor1d([0, 0], 'int32'), 1));
    expect((await one.data())[0]).toBeCloseTo(0, 7);
    tf.dispose([three, one]);
  });
});
