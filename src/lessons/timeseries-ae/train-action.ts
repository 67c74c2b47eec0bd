import type { StoreApi } from 'zustand/vanilla';
import type { JobEvent } from '../../core/pipeline/job-events';
import { poolRows } from '../../core/timeseries/pool-rows';
import { trainKey } from './keys';
import { IDLE_TRAINING, type TimeseriesState } from './state';
import type { TimeseriesDeps } from './store';

const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs the 'timeseries-ae' job in the worker on the loaded data with the
 * current settings, streaming progress into `store.training`, and stores the
 * result. The caller has checked the data and the settings.
 */
export async function runTraining(store: StoreApi<TimeseriesState>, deps: TimeseriesDeps, setCancel: (cancel: (() => void) | null) => void): Promise<void> {
  const get = store.getState;
  const set = store.setState;
  const p = get().params;
  const data = get().data.set!;
  const key = trainKey(p, get().data.key);
  let rows: Int32Array | null;
  try {
    rows = poolRows(data.group, p.pool);
  } catch (e) {
    set({ training: { ...IDLE_TRAINING, status: 'error', error: e instanceof Error ? e.message : String(e) } });
    return;
  }
  set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
  let lastPush = 0;
  const onEvent = (e: JobEvent) => {
    const t = get().training;
    if (e.type === 'start') set({ training: { ...t, batchesPerEpoch: e.batchesPerEpoch } });
    else if (e.type === 'batch') {
      const now = performance.now();
      if (now - lastPush < PROGRESS_INTERVAL_MS && e.batch !== e.batchesPerEpoch) return;
      lastPush = now;
      set({ training: { ...t, epoch: e.epoch, batch: e.batch, batchesPerEpoch: e.batchesPerEpoch, elapsedSeconds: e.elapsedSeconds } });
    } else if (e.type === 'epoch') {
      set({
        training: {
          ...t,
          trainLoss: [...t.trainLoss, e.trainLoss],
          valLoss: [...t.valLoss, e.valLoss],
          bestEpoch: e.improved ? e.epoch : t.bestEpoch,
          elapsedSeconds: e.elapsedSeconds,
        },
      });
    } else if (e.type === 'done') set({ training: { ...t, message: doneMessage(e.reason, e.epochsRun, e.message), bestEpoch: e.bestEpoch } });
  };
  const handle = deps.client.run(
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
    deps.backendPreference(),
    { onEvent, onBackend: deps.onBackendReport },
  );
  setCancel(handle.cancel);
  try {
    const r = await handle.result;
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
  } catch (e) {
    set({ training: { ...get().training, status: 'error', error: e instanceof Error ? e.message : String(e) } });
  } finally {
    setCancel(null);
  }
}

/** The seed keeps the last epoch's weights (Keras has no "restore best" by default); say so instead of "best weights". */
function doneMessage(reason: string, epochsRun: number, fallback: string): string {
  if (reason === 'completed') return `Trained ${epochsRun} epochs. Keeping the last epoch's weights, as Keras does.`;
  if (reason === 'aborted') return `Stopped by you after ${epochsRun} complete epochs. Scoring with the weights as they are now.`;
  return fallback;
}
