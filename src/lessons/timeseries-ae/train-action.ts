import { failure } from '../../notebook/settings/problem';
import { poolRows } from '../../core/timeseries/pool-rows';
import type { LessonCore } from '../../notebook/lesson-core';
import { notingEpochSeconds, steadySecondsPerEpoch } from '../../notebook/steady-epochs';
import { doneTraining, IDLE_TRAINING, reduceTrainEvent, secondsAroundEpochs } from '../../notebook/training-state';
import { trainKey } from './keys';
import { timeseriesResult } from './result';
import type { TimeseriesState } from './state';
import type { TimeseriesDeps } from './store';

/**
 * Runs the 'timeseries-ae' job in the worker on the loaded data with the
 * current settings, streaming progress into `store.training`, and stores the
 * result. The caller has checked the data and the settings.
 */
export async function runTraining({ get, set, runner }: LessonCore<TimeseriesState>, deps: TimeseriesDeps): Promise<void> {
  const p = get().params;
  const data = get().data.set!;
  const key = trainKey(p, get().data.key);
  let rows: Int32Array | null;
  try {
    rows = poolRows(data.group, p.pool);
  } catch (e) {
    set({ training: { ...IDLE_TRAINING, status: 'error', error: failure(e) } });
    return;
  }
  set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
  const epochSeconds: number[] = [];
  await runner.run(
    'timeseries-ae',
    {
      L: data.L,
      x: data.x,
      poolRows: rows,
      valFraction: p.valFraction,
      model: { hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: p.output, loss: 'mse' },
      train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, restoreBest: false, seed: p.seed },
      initSeed: p.seed,
    },
    {
      reduce: notingEpochSeconds(reduceTrainEvent, epochSeconds),
      onResult: (r, job) => {
        set({
          result: timeseriesResult(key, r, data, p, r.weights, r),
          view: { ...get().view, low: null, high: null, selected: null },
          training: doneTraining(get().training, r),
        });
        if (r.epochsRun === 0) return;
        // The first epoch also sets up kernels and buffers: that one-time work counts around the epochs, not in each.
        const secondsPerEpoch = steadySecondsPerEpoch(epochSeconds) ?? r.secondsPerEpoch;
        deps.onSpeed?.(r.backend, secondsPerEpoch, r.nTrain, p);
        // A stopped run's unfinished epoch counts in no epoch: it would pass for time around them.
        if (r.stopReason !== 'aborted') deps.onAroundSpeed?.(r.backend, secondsAroundEpochs(job.seconds, { secondsPerEpoch, epochsRun: r.epochsRun }), data.x.length);
      },
    },
  );
}
