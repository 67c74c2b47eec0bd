import { poolRows } from '../../core/timeseries/pool-rows';
import { errorMessage, type StoreAccess } from '../../notebook/lesson-store';
import { IDLE_TRAINING, reduceTrainEvent, type TrainingRunner } from '../../notebook/training-state';
import { trainKey } from './keys';
import type { TimeseriesState } from './state';
import type { TimeseriesDeps } from './store';

/**
 * Runs the 'timeseries-ae' job in the worker on the loaded data with the
 * current settings, streaming progress into `store.training`, and stores the
 * result. The caller has checked the data and the settings.
 */
export async function runTraining(access: StoreAccess<TimeseriesState>, deps: TimeseriesDeps, runner: TrainingRunner<TimeseriesState>): Promise<void> {
  const { get, set } = access;
  const p = get().params;
  const data = get().data.set!;
  const key = trainKey(p, get().data.key);
  let rows: Int32Array | null;
  try {
    rows = poolRows(data.group, p.pool);
  } catch (e) {
    set({ training: { ...IDLE_TRAINING, status: 'error', error: errorMessage(e) } });
    return;
  }
  set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
  await runner.run(
    'timeseries-ae',
    {
      L: data.L,
      x: data.x.slice(),
      poolRows: rows,
      valFraction: p.valFraction,
      model: { hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: p.output, loss: 'mse' },
      train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, restoreBest: false, seed: p.seed },
      initSeed: p.seed,
    },
    {
      reduce: (t, e) => reduceTrainEvent(t, e, (d) => doneMessage(d.reason, d.epochsRun, d.message)),
      onResult: (r) => {
        set({
          result: {
            key,
            set: data,
            mse: r.mse,
            reconstructions: r.reconstructions,
            scaler: r.scaler,
            output: p.output,
            pool: p.pool,
            nTrain: r.nTrain,
            nVal: r.nVal,
            stopReason: r.stopReason,
            secondsPerEpoch: r.secondsPerEpoch,
            epochsRun: r.epochsRun,
            backend: r.backend,
          },
          view: { ...get().view, low: null, high: null, selected: null },
          training: { ...get().training, status: 'done', message: doneMessage(r.stopReason, r.epochsRun, r.message), bestEpoch: r.bestEpoch },
        });
        if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, r.nTrain, p);
      },
    },
  );
}

/** The seed keeps the last epoch's weights (Keras has no "restore best" by default); say so instead of "best weights". */
function doneMessage(reason: string, epochsRun: number, fallback: string): string {
  if (reason === 'completed') return `Trained ${epochsRun} epochs. Keeping the last epoch's weights, as Keras does.`;
  if (reason === 'aborted') return `Stopped by you after ${epochsRun} complete epochs. Scoring with the weights as they are now.`;
  return fallback;
}
