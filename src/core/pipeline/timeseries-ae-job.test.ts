import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { generateSeries } from '../timeseries/generate-series';
import { groupRoc } from '../timeseries/group-roc';
import { poolRows } from '../timeseries/pool-rows';
import { SEED002_MODEL, SEED002_TRAIN } from '../timeseries/seed002-config';
import { GROUP_ID, SEED002_SERIES, type SeriesSpec } from '../timeseries/series-spec';
import type { JobEvent } from './job-events';
import { timeseriesAeJob, type TimeseriesAeJobInput, type TimeseriesAeJobResult } from './timeseries-ae-job';
import { drainJob } from './test-jobs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SPEC: SeriesSpec = {
  ...SEED002_SERIES,
  normal: { ...SEED002_SERIES.normal, count: 600 },
  lowNoise: { ...SEED002_SERIES.lowNoise, count: 20 },
  cos: { ...SEED002_SERIES.cos, count: 20 },
};
const DATA = generateSeries(SPEC, 0);

function input(over: Partial<TimeseriesAeJobInput> = {}): TimeseriesAeJobInput {
  return {
    L: DATA.L,
    x: DATA.x,
    poolRows: null,
    valFraction: 0.25,
    model: SEED002_MODEL,
    train: { ...SEED002_TRAIN, epochs: 3, seed: 0 },
    initSeed: 0,
    ...over,
  };
}

function run(inp: TimeseriesAeJobInput, signal = new AbortController().signal): Promise<{ events: JobEvent[]; result: TimeseriesAeJobResult }> {
  return drainJob(timeseriesAeJob(inp, signal));
}
describe('timeseriesAeJob', () => {
  it('trains on the contaminated set (last 25% held out), scores every series and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const { events, result } = await run(input());
    expect(tf.memory().numTensors).toBe(before);
    expect(result.nTrain).toBe(480);
    expect(result.nVal).toBe(160);
    expect(result.epochsRun).toBe(3);
    expect(result.trainLoss).toHaveLength(3);
    expect(result.mse).toHaveLength(640);
    expect(result.reconstructions).toHaveLength(640 * 100);
    expect(result.scaler.mean).toHaveLength(100);
    expect(events[0]).toMatchObject({ type: 'start', batchesPerEpoch: 15, nTrain: 480, nVal: 160 });
    expect(events.at(-1)).toMatchObject({ type: 'eval', done: 640, total: 640 });
    // sigmoid output on standardised data: recon in (0, 1), so MSE ≥ mean of the negative half's squares
    expect(Math.min(...result.reconstructions)).toBeGreaterThanOrEqual(0);
    const high = groupRoc(result.mse, DATA.group, GROUP_ID.cos, GROUP_ID.normal, 'high').auc;
    const low = groupRoc(result.mse, DATA.group, GROUP_ID['low-noise'], GROUP_ID.normal, 'low').auc;
    expect(high).toBeGreaterThanOrEqual(0.99);
    expect(low).toBeGreaterThanOrEqual(0.99);
  });

  it('trains on the clean subset only, with a linear output, and stops on abort', async () => {
    const before = tf.memory().numTensors;
    const ctrl = new AbortController();
    const gen = timeseriesAeJob(input({ poolRows: poolRows(DATA.group, 'clean'), valFraction: 0, model: { ...SEED002_MODEL, outputActivation: 'linear' } }), ctrl.signal);
    let step = await gen.next();
    while (!step.done) {
      if (step.value.type === 'start') expect(step.value).toMatchObject({ nTrain: 600, nVal: 0 });
      if (step.value.type === 'batch' && step.value.epoch === 2) ctrl.abort();
      step = await gen.next();
    }
    expect(step.value.stopReason).toBe('aborted');
    expect(step.value.epochsRun).toBe(1);
    expect(Math.min(...step.value.reconstructions)).toBeLessThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a bad validation fraction or length, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    await expect(run(input({ valFraction: 0.9 }))).rejects.toThrow(new ProblemError(problem('val-fraction-range', { max: 0.5, got: 0.9 })));
    await expect(run(input({ L: 7 }))).rejects.toThrow(new ProblemError(problem('series-length-mismatch', { length: 7, values: DATA.x.length })));
    await expect(run(input({ train: { ...SEED002_TRAIN, batchSize: 0, seed: 0 } }))).rejects.toThrow(new ProblemError(problem('batch-invalid', { got: 0 })));
    expect(tf.memory().numTensors).toBe(before);
  });
});
