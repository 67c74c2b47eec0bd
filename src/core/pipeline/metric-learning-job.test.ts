import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from './job-events';
import { metricLearningJob } from './metric-learning-job';
import { metricJobInput as input } from './metric-learning-job.test-data';
import type { MetricLearningJobInput, MetricLearningJobResult } from './metric-learning-types';

/* A tiny run on the wasm backend (where the app trains): 16×16 images, two models, one epoch. */

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

async function run(inp: MetricLearningJobInput, signal = new AbortController().signal, onEvent?: (e: JobEvent) => void): Promise<{ events: JobEvent[]; result: MetricLearningJobResult }> {
  const events: JobEvent[] = [];
  const gen = metricLearningJob(inp, signal);
  let step = await gen.next();
  while (!step.done) {
    events.push(step.value);
    onEvent?.(step.value);
    step = await gen.next();
  }
  return { events, result: step.value };
}

describe('metricLearningJob', () => {
  it('trains each model, scores LOF/kNN, builds the ensemble and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const { events, result } = await run(input(2, 4));
    expect(tf.memory().numTensors).toBe(before);
    expect(result.backend).toBe('wasm');
    expect(result.models.map((m) => m.seed)).toEqual([3, 4]);
    for (const m of result.models) {
      expect(m.loss).toHaveLength(4);
      expect(m.loss[3]).toBeLessThan(m.loss[0]);
      expect(m.accuracy[3]).toBeGreaterThan(0.55);
      expect(m.lof.scores).toHaveLength(24);
      expect(m.lof.auc).toBeGreaterThanOrEqual(0);
      expect(m.embeddingSpread).toBeGreaterThan(0);
      expect(m.alpha).not.toBe(8);
    }
    expect(result.ensemble.lof.scores).toHaveLength(24);
    expect(result.rawKnn.auc).toBeGreaterThan(0.9);
    expect(result.tpr + result.tnr).toBeGreaterThan(0);
    expect(result.projection.group.filter((g) => g === 'reference')).toHaveLength(48);
    expect(result.projection.x).toHaveLength(48 + 48 + 24);
    const markers = events.filter((e) => e.type === 'eval' && e.phase === 'model').map((e) => (e.type === 'eval' ? e.done : -1));
    expect(markers).toEqual([0, 1]);
    expect(events.filter((e) => e.type === 'eval' && e.phase === 'accuracy')).toHaveLength(8);
    // An epoch is "improved" exactly when its training loss is the lowest of its model so far.
    const epochs = events.flatMap((e) => (e.type === 'epoch' ? [e] : []));
    const expected = result.models.flatMap((m) => m.loss.map((l, i) => i === 0 || l < Math.min(...m.loss.slice(0, i))));
    expect(epochs.map((e) => e.improved)).toEqual(expected);
  });

  it('a stop during model 2’s first epoch keeps and scores model 1, and the run’s stop counts its epochs', async () => {
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    let model = 0;
    const { events, result } = await run(input(3, 2), ctl.signal, (e) => {
      if (e.type === 'eval' && e.phase === 'model') model = e.done;
      if (e.type === 'batch' && model === 1) ctl.abort();
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.models.map((m) => [m.seed, m.epochsRun])).toEqual([[3, 2]]);
    expect(result.ensemble.lof.scores).toHaveLength(24);
    const done = events.flatMap((e) => (e.type === 'done' ? [e] : []));
    expect(done.map((e) => e.stop)).toEqual([
      { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: false },
      { reason: 'aborted', epochsRun: 2, heldEpoch: 0, patience: 0, restoredBest: false },
    ]);
  });

  it('counts the elapsed time of the whole run: it never goes back when the next model starts', async () => {
    const { events } = await run(input(2, 1));
    const times = events.flatMap((e) => (e.type === 'batch' || e.type === 'epoch' ? [e.elapsedSeconds] : []));
    const firstOfModel2 = events.findIndex((e) => e.type === 'eval' && e.phase === 'model' && e.done === 1);
    const lastOfModel1 = events.slice(0, firstOfModel2).filter((e) => e.type === 'epoch').pop();
    const nextBatch = events.slice(firstOfModel2).find((e) => e.type === 'batch');
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(nextBatch && lastOfModel1 && nextBatch.type === 'batch' && lastOfModel1.type === 'epoch' && nextBatch.elapsedSeconds > lastOfModel1.elapsedSeconds).toBe(true);
  });

  it('a stop during the first model fails with a code and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    ctl.abort();
    await expect(run(input(2, 1), ctl.signal)).rejects.toThrow('scoring-cancelled');
    expect(tf.memory().numTensors).toBe(before);
  });
});
