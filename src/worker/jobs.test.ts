import { describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import { DEFAULT_CALIBRATION_WORKLOAD } from './calibration-workload';
import { calibrationWorkload, JOBS } from './jobs';

describe('calibrationWorkload', () => {
  it("reads a dense-AE job's model, batch size and training rows", () => {
    const input = {
      split: { dim: 4, trainX: new Float32Array(40), valX: new Float32Array(8), testX: new Float32Array(8) },
      model: { ...SEED000_CONFIG, inputSize: 4, hidden: [3], latent: 2 },
      train: { epochs: 1, batchSize: 5, learningRate: 0.001, patience: 0, seed: 0 },
      initSeed: 0,
    };
    expect(calibrationWorkload('dense-ae', input)).toEqual({ model: { ...input.model, inputSize: 4 }, batchSize: 5, nTrain: 10 });
    expect(calibrationWorkload('ssim-ae', {})).toBe(DEFAULT_CALIBRATION_WORKLOAD);
  });
});


describe('JOBS', () => {
  it('registers every job once, each with its core function', () => {
    for (const [name, spec] of Object.entries(JOBS)) expect(typeof spec.run, name).toBe('function');
    expect(Object.keys(JOBS)).toEqual(expect.arrayContaining(['dense-ae', 'timeseries-ae', 'patch-vae', 'ssim-ae']));
  });
});
