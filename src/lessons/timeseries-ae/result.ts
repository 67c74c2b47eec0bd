import type { TimeseriesAeScoreResult } from '../../core/pipeline/timeseries-ae-score-job';
import type { SeriesSet } from '../../core/timeseries/generate-series';
import { runFacts, type RunSummary } from '../../notebook/training-state';
import type { TimeseriesParams } from './params';
import type { TimeseriesResult } from './state';

/** The lesson's result from a model's errors (after training, or reopened from its weights) on `set`. */
export function timeseriesResult(
  key: string,
  scored: TimeseriesAeScoreResult,
  set: SeriesSet,
  p: Pick<TimeseriesParams, 'output' | 'pool'>,
  weights: Float32Array[],
  run: Pick<RunSummary, 'stopReason' | 'secondsPerEpoch' | 'epochsRun'>,
): TimeseriesResult {
  return {
    key,
    set,
    mse: scored.mse,
    reconstructions: scored.reconstructions,
    scaler: scored.scaler,
    output: p.output,
    pool: p.pool,
    nTrain: scored.nTrain,
    nVal: scored.nVal,
    weights,
    ...runFacts(run, scored.backend),
  };
}
