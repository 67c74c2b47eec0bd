import type { ImageSplit } from '../../core/data/class-split';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { PatchVaeRestoreResult } from '../../core/pipeline/patch-vae-restore-job';
import { PATCH_VAE_LESSON_DEFAULTS } from '../../core/pipeline/patch-vae-defaults';
import { firstTestIndices } from '../../notebook/image-data-loader';
import type { LessonCore } from '../../notebook/lesson-core';
import { doneTraining, mayTrain, reduceTrainEvent, secondsAroundEpochs } from '../../notebook/training-state';
import { trainKey } from './keys';
import { DETAIL_PER_GROUP, modelConfig, type PatchVaeParams } from './params';
import { IDLE_PATCH_VAE_TRAINING, SIDE, type PatchVaeResult, type PatchVaeState, type PatchVaeTraining } from './state';
import type { PatchVaeDeps } from './store';

/** The job input the lesson sends for settings `p` (the training client posts a copy). */
export function jobInput(p: PatchVaeParams, trainX: Float32Array, testX: Float32Array, heldOutX: Float32Array, detailIndices: number[]) {
  return {
    side: SIDE,
    trainX,
    testX,
    heldOutX,
    patches: { count: p.patches, seed: p.seed, stride: p.stride },
    model: modelConfig(p),
    train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, clipNorm: PATCH_VAE_LESSON_DEFAULTS.train.clipNorm, seed: p.seed },
    initSeed: p.seed,
    detailIndices,
    latentSamples: 2000,
    latentGrid: 15,
  };
}

/** Which test images get full μ / σ² / per-pixel maps: the first `DETAIL_PER_GROUP` normals and anomalies. */
export function detailIndices(split: Pick<ImageSplit, 'counts'>): number[] {
  const { normal, anomaly } = firstTestIndices(split.counts, DETAIL_PER_GROUP);
  return [...normal, ...anomaly];
}

/** The lesson's result from a scored model (after training, or reopened from its weights) on the split it scored. */
export function patchVaeResult(
  key: string,
  params: PatchVaeParams,
  r: PatchVaeRestoreResult,
  split: Pick<ImageSplit, 'testX' | 'testLabels' | 'testClasses'>,
  weights: Float32Array[],
  run: Pick<PatchVaeResult, 'trainLoss' | 'epochsRun' | 'stopReason' | 'secondsPerEpoch'>,
): PatchVaeResult {
  const { test, heldOut, details, latent, scoringSeconds, windows, backend } = r;
  const { trainLoss, epochsRun, stopReason, secondsPerEpoch } = run;
  return { key, params, test, heldOut, details, latent, weights, testX: split.testX, labels: split.testLabels, classes: split.testClasses, trainLoss, epochsRun, stopReason, secondsPerEpoch, scoringSeconds, windows, backend };
}

/** Folds a job event into the progress: training events as every lesson does, then test-scoring progress (the short held-out pass that follows keeps it). */
function reduceEvent(t: PatchVaeTraining, e: JobEvent): PatchVaeTraining {
  if (e.type !== 'eval') return reduceTrainEvent(t, e);
  return e.phase === 'scoring' ? { ...t, phase: 'scoring', scored: e.done } : t;
}

/** Windows a finished run scored after training: the test images' and the held-out normals'. */
export function windowsScored(r: Pick<PatchVaeRestoreResult, 'windows' | 'heldOut'>): number {
  return r.windows + (r.heldOut ? r.heldOut.old.length * r.heldOut.grid * r.heldOut.grid : 0);
}

/** Train: cut patches, train in the worker, score every test window (the runs cell keeps every run). */
export function createTrainAction(core: LessonCore<PatchVaeState>, deps: PatchVaeDeps, loadData: () => Promise<boolean>) {
  const { get, set, runner } = core;
  return async function train(): Promise<void> {
    if (!mayTrain(core, core.problems())) return;
    if (!(await loadData())) return;
    const p = get().params;
    const split = get().data.split!;
    const key = trainKey(p);
    set({ training: { ...IDLE_PATCH_VAE_TRAINING, status: 'running', epochs: p.epochs } });
    await runner.run('patch-vae', jobInput(p, split.trainX, split.testX, split.valX, detailIndices(split)), {
      reduce: reduceEvent,
      onResult: (r, job) => {
        set({
          result: patchVaeResult(key, p, r, split, r.weights, r),
          view: { ...get().view, threshold: { old: null, new: null } },
          training: doneTraining(get().training, r),
        });
        if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, get().training.batchesPerEpoch);
        if (r.epochsRun > 0) deps.onScoringSpeed?.(r.backend, secondsAroundEpochs(job.seconds, r), windowsScored(r));
      },
    });
  };
}
