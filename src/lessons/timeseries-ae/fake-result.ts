import { FAKE_RUN_SUMMARY } from '../../notebook/fake-run-summary';
import type { TimeseriesResult } from './state';

/**
 * A finished result for tests: one-step series with the errors `mse`, in the
 * groups `group` named by `groupNames`, the first `nTrain` used for training
 * and the rest for validation. Not used by the app.
 */
export function fakeSeriesResult(mse: Float32Array, group: Uint8Array, groupNames: string[], nTrain: number): TimeseriesResult {
  return {
    ...FAKE_RUN_SUMMARY,
    set: { L: 1, x: new Float32Array(mse.length), group, groupNames },
    mse,
    reconstructions: new Float32Array(mse.length),
    scaler: { mean: new Float32Array(1), std: new Float32Array([1]) },
    output: 'sigmoid',
    pool: 'all',
    nTrain,
    nVal: mse.length - nTrain,
  };
}
