import { rocAuc } from '../../core/metrics/roc';
import type { JobEvent } from '../../core/pipeline/job-events';
import { newScoreAt } from '../../core/score/window-scores';
import { trainKey } from './keys';
import { DETAIL_PER_GROUP, type PatchVaeParams } from './params';
import { IDLE_TRAINING, SIDE, type PatchVaeResult, type RunRecord } from './state';
import type { PatchVaeDeps, StoreAccess } from './store';

const PROGRESS_INTERVAL_MS = 100;
const MAX_RUNS = 8;

/** The job input the lesson sends for settings `p` (typed arrays are copies: the worker takes them). */
export function jobInput(p: PatchVaeParams, trainX: Float32Array, testX: Float32Array, detailIndices: number[]) {
  return {
    side: SIDE,
    trainX: trainX.slice(),
    testX: testX.slice(),
    patches: { count: p.patches, seed: p.seed, stride: p.stride },
    model: { patchSize: p.patchSize, latent: p.latent, channels: 16, variance: p.variance, varianceFloor: p.floor, beta: p.beta },
    train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, seed: p.seed },
    initSeed: p.seed,
    detailIndices,
    latentSamples: 2000,
    latentGrid: 15,
  };
}

/** Train: cut patches, train in the worker, score every test window; keeps a short history of runs. */
export function createTrainAction(
  { get, set }: StoreAccess,
  deps: PatchVaeDeps,
  helpers: { problems(): Record<string, string>; loadData(): Promise<boolean> },
) {
  let cancelRun: (() => void) | null = null;

  async function train(): Promise<void> {
    if (get().training.status === 'running') return;
    const blocking = helpers.problems();
    if (Object.keys(blocking).length > 0) {
      set({ training: { ...get().training, status: 'error', error: Object.values(blocking).join(' ') } });
      return;
    }
    if (!(await helpers.loadData())) return;
    const p = get().params;
    const split = get().data.split!;
    const key = trainKey(p);
    const nN = split.counts.testNormal;
    const detail = [
      ...Array.from({ length: Math.min(DETAIL_PER_GROUP, nN) }, (_, i) => i),
      ...Array.from({ length: Math.min(DETAIL_PER_GROUP, split.counts.testAnomaly) }, (_, i) => nN + i),
    ];
    set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
    let lastPush = 0;
    let batchesPerEpoch = 0;
    const onEvent = (e: JobEvent) => {
      const t = get().training;
      if (e.type === 'start') {
        batchesPerEpoch = e.batchesPerEpoch;
        set({ training: { ...t, batchesPerEpoch: e.batchesPerEpoch } });
      } else if (e.type === 'batch') {
        const now = performance.now();
        if (now - lastPush < PROGRESS_INTERVAL_MS && e.batch !== e.batchesPerEpoch) return;
        lastPush = now;
        set({ training: { ...t, epoch: e.epoch, batch: e.batch, elapsedSeconds: e.elapsedSeconds } });
      } else if (e.type === 'epoch') {
        set({ training: { ...t, trainLoss: [...t.trainLoss, e.trainLoss], bestEpoch: e.improved ? e.epoch : t.bestEpoch, elapsedSeconds: e.elapsedSeconds } });
      } else if (e.type === 'done') {
        set({ training: { ...t, message: e.message, bestEpoch: e.bestEpoch } });
      } else if (e.type === 'eval') {
        set({ training: { ...t, phase: 'scoring', scored: e.done } });
      }
    };
    const handle = deps.client.run('patch-vae', jobInput(p, split.trainX, split.testX, detail), deps.backendPreference(), {
      onEvent,
      onBackend: deps.onBackendReport,
    });
    cancelRun = handle.cancel;
    try {
      const r = await handle.result;
      const result: PatchVaeResult = {
        key,
        params: p,
        test: r.test,
        details: r.details,
        latent: r.latent,
        weights: r.weights,
        testX: split.testX,
        labels: split.testLabels,
        classes: split.testClasses,
        trainLoss: r.trainLoss,
        epochsRun: r.epochsRun,
        stopReason: r.stopReason,
        secondsPerEpoch: r.secondsPerEpoch,
        scoringSeconds: r.scoringSeconds,
        windows: r.windows,
        backend: r.backend,
      };
      const record: RunRecord = {
        key,
        dataset: p.dataset,
        variance: p.variance,
        floor: p.floor,
        patches: p.patches,
        epochs: r.epochsRun,
        aucOld: rocAuc(r.test.old, split.testLabels),
        aucNew: rocAuc(newScoreAt(r.test, get().view.scoreFloor).image, split.testLabels),
        scoreFloor: newScoreAt(r.test, get().view.scoreFloor).floor,
        aucNewRaw: rocAuc(newScoreAt(r.test, 0).image, split.testLabels),
        minSigma2: r.test.minSigma2,
        secondsPerEpoch: r.secondsPerEpoch,
        scoringSeconds: r.scoringSeconds,
      };
      set({
        result,
        runs: [record, ...get().runs.filter((x) => x.key !== key)].slice(0, MAX_RUNS),
        view: { ...get().view, threshold: { old: null, new: null } },
        training: { ...get().training, status: 'done', message: r.message, bestEpoch: r.bestEpoch },
      });
      if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, batchesPerEpoch);
    } catch (e) {
      set({ training: { ...get().training, status: 'error', error: e instanceof Error ? e.message : String(e) } });
    } finally {
      cancelRun = null;
    }
  }

  return { train, stop: () => cancelRun?.() };
}
