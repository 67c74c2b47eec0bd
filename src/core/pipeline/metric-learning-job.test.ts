import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import type { JobEvent } from './job-events';
import { metricLearningJob } from './metric-learning-job';
import type { MetricLearningJobInput, MetricLearningJobResult } from './metric-learning-types';

/* A tiny run on the wasm backend (where the app trains): 16×16 images, two models, one epoch. */

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const SIZE = 16;

/** n images of `kind`: 0 = a bright square, 1 = horizontal stripes, 2 = vertical stripes, 3 = a bright disc. */
function images(kind: number, n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * SIZE * SIZE);
  for (let i = 0; i < n; i++) {
    const ox = rng.int(6);
    const oy = rng.int(6);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const on = kind === 0 ? x >= ox && x < ox + 8 && y >= oy && y < oy + 8 : kind === 1 ? (y + oy) % 4 < 2 : kind === 2 ? (x + ox) % 4 < 2 : (x - ox - 5) ** 2 + (y - oy - 5) ** 2 < 16;
        out[(i * SIZE + y) * SIZE + x] = (on ? 0.8 : 0.1) + 0.1 * rng.next();
      }
    }
  }
  return out;
}

function input(models: number, epochs: number): MetricLearningJobInput {
  const cat = (parts: Float32Array[]) => Float32Array.from(parts.flatMap((p) => Array.from(p)));
  return {
    dataset: { kind: 'fashion', normal: [0], anomaly: [3], reference: [1, 2], referencePerClass: 24 },
    data: {
      size: SIZE,
      trainX: cat([images(0, 48, 1), images(1, 24, 2), images(2, 24, 3)]),
      trainClasses: Int32Array.from([...Array(48).fill(0), ...Array(24).fill(1), ...Array(24).fill(2)]),
      classNames: ['square', 'h', 'v'],
      validation: images(0, 10, 4),
      testX: cat([images(0, 12, 5), images(3, 12, 6)]),
      testLabels: Uint8Array.from([...Array(12).fill(0), ...Array(12).fill(1)]),
    },
    model: { embeddingSize: 16, alpha: { mode: 'learned', value: 8 }, optimizer: 'adam', learningRate: 0.01, epochs, batchSize: 32, seed: 3, models, inputSize: SIZE, neighbors: 5, width: 0.5 },
    validationQuantile: 0.9,
  };
}

async function run(inp: MetricLearningJobInput, signal = new AbortController().signal): Promise<{ events: JobEvent[]; result: MetricLearningJobResult }> {
  const events: JobEvent[] = [];
  const gen = metricLearningJob(inp, signal);
  let step = await gen.next();
  while (!step.done) {
    events.push(step.value);
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
  });

  it('a stop during the first model fails with a code and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    ctl.abort();
    await expect(run(input(2, 1), ctl.signal)).rejects.toThrow('scoring-cancelled');
    expect(tf.memory().numTensors).toBe(before);
  });
});
