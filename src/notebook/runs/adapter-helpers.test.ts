import { describe, expect, it } from 'vitest';
import { capturedRun, captureOnce, clampThreshold, thresholdRows } from './adapter-helpers';

const STOP = { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: true } as const;

describe('capturedRun', () => {
  it('takes the facts, the headline of the scores and copies of the loss curves', () => {
    const training = { trainLoss: [0.5, 0.3], valLoss: [0.6, 0.4], stop: STOP };
    const run = capturedRun(training, { backend: 'wasm', epochsRun: 2, secondsPerEpoch: 1.5 }, {
      settings: { latent: 4 },
      seed: 7,
      scores: Float32Array.of(0.1, 0.2, 0.8, 0.9),
      labels: Uint8Array.of(0, 0, 1, 1),
      own: { extra: 0.25 },
    });
    expect(run).toMatchObject({ settings: { latent: 4 }, seed: 7, backend: 'wasm', epochsRun: 2, secondsPerEpoch: 1.5, stop: STOP, weights: null });
    expect(run.metrics).toEqual({ auc: 1, ap: 1, bestF1: 1, own: { extra: 0.25 } });
    expect(run.trainLoss).toEqual([0.5, 0.3]);
    expect(run.trainLoss).not.toBe(training.trainLoss);
    expect(run.valLoss).toEqual([0.6, 0.4]);
    expect('extra' in run).toBe(false);
  });

  it('prefers the run’s own validation loss and keeps its extra facts', () => {
    const run = capturedRun({ trainLoss: [1], valLoss: [2], stop: null }, { backend: 'cpu', epochsRun: 1, secondsPerEpoch: 1, weights: [Float32Array.of(3)] }, {
      settings: {},
      seed: 0,
      scores: Float32Array.of(0.9, 0.1),
      labels: Uint8Array.of(0, 1),
      own: {},
      valLoss: [],
      extra: { source: 'folder' },
    });
    expect(run.valLoss).toEqual([]);
    expect(run.metrics.auc).toBe(0);
    expect(run.weights).toEqual([Float32Array.of(3)]);
    expect(run.extra).toEqual({ source: 'folder' });
  });
});

describe('captureOnce', () => {
  interface S {
    result: { id: number } | null;
  }
  const capture = captureOnce(
    (s: S) => s.result,
    (r, s) => capturedRun({ trainLoss: [r.id], valLoss: [], stop: null }, { backend: 'cpu', epochsRun: 1, secondsPerEpoch: 1 }, { settings: { id: s.result?.id }, seed: r.id, scores: Float32Array.of(0, 1), labels: Uint8Array.of(0, 1), own: {} }),
  );

  it('captures a result the first time only, even when it shows again later', () => {
    const first = { id: 1 };
    expect(capture({ result: first })?.seed).toBe(1);
    expect(capture({ result: first })).toBeNull();
    expect(capture({ result: null })).toBeNull();
    expect(capture({ result: { id: 2 } })?.trainLoss).toEqual([2]);
    expect(capture({ result: first })).toBeNull();
  });

  it('counts a result as captured even when its capture gives nothing', () => {
    let calls = 0;
    const none = captureOnce(
      (s: S) => s.result,
      () => {
        calls++;
        return null;
      },
    );
    const r = { id: 3 };
    expect(none({ result: r })).toBeNull();
    expect(none({ result: r })).toBeNull();
    expect(calls).toBe(1);
  });
});

describe('thresholds and score rows', () => {
  it('clamps a chosen threshold, and flags scores at or above it', () => {
    expect(clampThreshold(5, 0, 2)).toBe(2);
    expect(clampThreshold(-1, 0, 2)).toBe(0);
    expect(clampThreshold(Number.NaN, 0, 2)).toBe(2);
    expect(thresholdRows([0.2, 0.5, 0.9], [0, 1, 1], 0.5)).toEqual([
      { id: 0, label: 0, score: 0.2, prediction: 0 },
      { id: 1, label: 1, score: 0.5, prediction: 1 },
      { id: 2, label: 1, score: 0.9, prediction: 1 },
    ]);
    expect(thresholdRows([0.7, 0.1], [1, 0], 0.5, ['a.png', 'b.png'])).toEqual([
      { id: 'a.png', label: 1, score: 0.7, prediction: 1 },
      { id: 'b.png', label: 0, score: 0.1, prediction: 0 },
    ]);
  });
});
