import type { JobEvent } from '../../core/pipeline/job-events';
import { PATCH_VAE_LESSON_DEFAULTS } from '../../core/pipeline/patch-vae-defaults';
import { firstProblem, type StoreAccess } from '../../notebook/lesson-store';
import type { Problem } from '../../notebook/settings/problem';
import { createTrainingRunner, reduceTrainEvent } from '../../notebook/training-state';
import { trainKey } from './keys';
import { DETAIL_PER_GROUP, type PatchVaeParams } from './params';
import { IDLE_PATCH_VAE_TRAINING, SIDE, type PatchVaeResult, type PatchVaeState, type PatchVaeTraining } from './state';
import type { PatchVaeDeps } from './store';

/** The job input the lesson sends for settings `p` (typed arrays are copies: the worker takes them). */
export function jobInput(p: PatchVaeParams, trainX: Float32Array, testX: Float32Array, heldOutX: Float32Array, detailIndices: number[]) {
  return {
    side: SIDE,
    trainX: trainX.slice(),
    testX: testX.slice(),
    heldOutX: heldOutX.slice(),
    patches: { count: p.patches, seed: p.seed, stride: p.stride },
    model: { patchSize: p.patchSize, latent: p.latent, channels: 16, variance: p.variance, varianceFloor: p.floor, beta: p.beta },
    train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, clipNorm: PATCH_VAE_LESSON_DEFAULTS.train.clipNorm, seed: p.seed },
    initSeed: p.seed,
    detailIndices,
    latentSamples: 2000,
    latentGrid: 15,
  };
}

/** Folds a job event into the progress: training events as every lesson does, then test-scoring progress (the short held-out pass that follows keeps it). */
function reduceEvent(t: PatchVaeTraining, e: JobEvent): PatchVaeTraining {
  if (e.type !== 'eval') return reduceTrainEvent(t, e);
  return e.phase === 'scoring' ? { ...t, phase: 'scoring', scored: e.done } : t;
}

/** Train: cut patches, train in the worker, score every test window (the runs cell keeps every run). */
export function createTrainAction(
  access: StoreAccess<PatchVaeState>,
  deps: PatchVaeDeps,
  helpers: { problems(): Record<string, Problem>; loadData(): Promise<boolean> },
) {
  const { get, set } = access;
  const runner = createTrainingRunner(access, deps);

  async function train(): Promise<void> {
    if (get().training.status === 'running') return;
    const blocked = firstProblem(helpers.problems());
    if (blocked !== null) {
      set({ training: { ...get().training, status: 'error', error: blocked } });
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
    set({ training: { ...IDLE_PATCH_VAE_TRAINING, status: 'running', epochs: p.epochs } });
    await runner.run('patch-vae', jobInput(p, split.trainX, split.testX, split.valX, detail), {
      reduce: reduceEvent,
      onResult: (r) => {
        const result: PatchVaeResult = {
          key,
          params: p,
          test: r.test,
          heldOut: r.heldOut,
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
        set({
          result,
          view: { ...get().view, threshold: { old: null, new: null } },
          training: { ...get().training, status: 'done', stop: r.stop, bestEpoch: r.bestEpoch },
        });
        if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, get().training.batchesPerEpoch);
      },
    });
  }

  return { train, stop: runner.stop };
}
