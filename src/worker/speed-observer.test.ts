import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import { calibrationWorkload, DEFAULT_CALIBRATION_WORKLOAD } from './calibration-workload';
import { calibrationKey, readCalibration } from './calibration-cache';
import type { FromWorker } from './protocol';
import { observeSpeeds } from './speed-observer';

const env = { userAgent: 'unknown', cores: 1, wasmThreads: 1 };

describe('calibrationWorkload', () => {
  it("reads a dense-AE job's model, batch size and training rows", () => {
    const input = {
      split: { dim: 4, trainX: new Float32Array(40), valX: new Float32Array(8), testX: new Float32Array(8) },
      model: { ...SEED000_CONFIG, inputSize: 4, hidden: [3], latent: 2 },
      train: { epochs: 1, batchSize: 5, learningRate: 0.001, patience: 0, seed: 0 },
      initSeed: 0,
    };
    expect(calibrationWorkload('dense-ae', input)).toEqual({ model: { ...input.model, inputSize: 4 }, batchSize: 5, nTrain: 10 });
    expect(calibrationWorkload('something-else', {})).toBe(DEFAULT_CALIBRATION_WORKLOAD);
  });
});

describe('observeSpeeds', () => {
  it('forwards every message and remembers seconds per step of epochs after the first', async () => {
    const workload = { model: { ...SEED000_CONFIG, inputSize: 6, hidden: [4], latent: 2 }, batchSize: 2, nTrain: 8 };
    const sent: FromWorker[] = [];
    const post = observeSpeeds((m) => sent.push(m), workload);
    const epoch = (n: number, seconds: number): FromWorker => ({
      type: 'event',
      runId: 1,
      event: { type: 'epoch', epoch: n, trainLoss: 1, valLoss: 1, improved: true, seconds, elapsedSeconds: seconds },
    });
    post({ type: 'backend', runId: 1, report: { backend: 'webgl', notes: [] } });
    post({ type: 'event', runId: 1, event: { type: 'start', epochs: 2, batchesPerEpoch: 4, nTrain: 8, nVal: 0 } });
    post(epoch(1, 40));
    const key = calibrationKey('webgl', workload, env);
    await Promise.resolve();
    expect(await readCalibration(key)).toBeNull();
    post(epoch(2, 2));
    await new Promise((r) => setTimeout(r, 0));
    expect(await readCalibration(key)).toEqual({ secondsPerStep: 0.5, complete: true });
    expect(sent).toHaveLength(4);
  });
});
