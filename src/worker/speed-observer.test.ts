import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import { calibrationKey, readCalibration } from './calibration-cache';
import type { FromWorker } from './protocol';
import { observeSpeeds } from './speed-observer';

const env = { userAgent: 'unknown', cores: 1, wasmThreads: 1 };

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
