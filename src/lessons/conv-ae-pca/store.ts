import type { ConvAePcaJobInput, FaceData } from '../../core/pipeline/conv-ae-pca-types';
import type { JobEvent } from '../../core/pipeline/job-events';
import { createBuiltinDataLoader } from '../../notebook/builtin-data-loader';
import { createLessonCore, lessonDefaults } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { notingEpochSeconds, steadySecondsPerEpoch } from '../../notebook/steady-epochs';
import { problemError, restoredTraining, runSummary, type ReopenFacts } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { IDLE_TRAINING, mayTrain, reduceTrainEvent, secondsAroundEpochs } from '../../notebook/training-state';
import { idleFolder } from '../../notebook/folder-request';
import { createFolderActions, folderInUse, loadedKey } from './folder-action';
import { dataKey, trainKey } from './keys';
import { maxComponents, SETTINGS, type ConvAePcaParams, type NumberParam } from './params';
import type { ConvAePcaState, ConvAePcaTraining } from './state';
import { runFaces } from './speed';
import { problemsOf } from './validation';

/** What the store needs from the outside world (real ones in the app, fakes in tests). */
export interface ConvAePcaDeps extends TrainingDeps {
  /** The built-in faces for the settings (the page: the served DiceBear faces). */
  loadFaces(p: ConvAePcaParams): Promise<FaceData>;
  onSpeed?(backend: string, secondsPerEpoch: number, batchesPerEpoch: number): void;
  /** A run's seconds around the AE's epochs (job time less the epochs) and the faces it handled (see `runFaces`); not after a stop. */
  onAroundSpeed?(backend: string, seconds: number, faces: number): void;
}

/** Idle progress of a run. */
export const IDLE_CAP_TRAINING: ConvAePcaTraining = { ...IDLE_TRAINING, phase: 'pca' };

const PHASES: readonly string[] = ['pca', 'ae-scoring', 'metrics'];

function reduceEvent(t: ConvAePcaTraining, e: JobEvent): ConvAePcaTraining {
  if (e.type === 'eval') return PHASES.includes(e.phase) && e.phase !== t.phase ? { ...t, phase: e.phase as ConvAePcaTraining['phase'] } : t;
  const next = reduceTrainEvent(t, e);
  return e.type === 'start' || e.type === 'batch' ? { ...next, phase: 'training' } : next;
}

/** The job's input for the settings and faces (copies, so the page keeps its own). */
export function jobInput(p: ConvAePcaParams, faces: FaceData, pcaOnly: boolean): ConvAePcaJobInput {
  const nTrain = faces.train.length / (faces.size * faces.size);
  const max = maxComponents(nTrain, faces.size);
  return {
    data: faces,
    pca: { k: Math.min(p.k, max), maxComponents: max },
    ae: { latent: p.latent, depth: p.depth, width: Number(p.width), epochs: p.epochs, batchSize: p.batch, learningRate: p.lr },
    seed: p.seed,
    pcaOnly,
  };
}

/** A PCA → conv-AE notebook: its state and its actions (plain functions, usable outside React). */
export function createConvAePcaStore(deps: ConvAePcaDeps) {
  const initial = (): ConvAePcaState => ({
    ...lessonDefaults(SETTINGS),
    data: { status: 'idle', error: null, faces: null, key: null },
    folder: idleFolder(),
    training: IDLE_CAP_TRAINING,
    view: { k: null, method: 'ae', offset: 0 },
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, runner, problems } = core;
  const paramSlice = createParamSlice<ConvAePcaParams, keyof ConvAePcaParams & string, NumberParam>(access, SETTINGS);

  /** Loads the built-in faces for the current settings; keeps a learner's folder while it is in use. */
  const loadData = createBuiltinDataLoader(access, { dataKey, inUse: folderInUse, load: async (p) => ({ faces: await deps.loadFaces(p) }) });

  /** Fits PCA (and, unless `pcaOnly`, trains and scores the conv AE) in the worker. */
  async function run(pcaOnly: boolean): Promise<void> {
    if (!mayTrain(access, problems()) || !(await loadData())) return;
    const p = get().params;
    const key = trainKey(p, loadedKey(get()));
    const data = get().data.faces!;
    set({ training: { ...IDLE_CAP_TRAINING, status: 'running', epochs: pcaOnly ? 0 : p.epochs } });
    const epochSeconds: number[] = [];
    await runner.run('conv-ae-pca', jobInput(p, data, pcaOnly), {
      reduce: notingEpochSeconds(reduceEvent, epochSeconds),
      onResult: (job, timing) => {
        // The job's own clock counts PCA, training and scoring; the run-wide clock (lesson core) adds what the page did around it.
        const elapsedSeconds = Math.max(get().training.elapsedSeconds, job.seconds);
        set({ result: { key, data, job, params: p }, training: { ...get().training, status: 'done', elapsedSeconds }, view: { ...get().view, k: null, offset: 0 } });
        if (!job.ae || job.ae.epochsRun === 0) return;
        // The first epoch also sets up kernels and buffers: that one-time work counts around the epochs, not in each.
        const secondsPerEpoch = steadySecondsPerEpoch(epochSeconds) ?? job.ae.secondsPerEpoch;
        deps.onSpeed?.(job.backend, secondsPerEpoch, get().training.batchesPerEpoch);
        // A stopped run's unfinished epoch counts in no epoch: it would pass for time around them.
        if (job.ae.stopReason !== 'aborted') deps.onAroundSpeed?.(job.backend, secondsAroundEpochs(timing.seconds, { secondsPerEpoch, epochsRun: job.ae.epochsRun }), runFaces(p, data));
      },
    });
  }

  /**
   * Reopens a kept run (or a model file): its settings `p`, PCA fitted again (seconds) and the AE
   * rebuilt from `weights` and scored, with the run's training facts. Throws the problem on failure.
   */
  async function restore(p: ConvAePcaParams, weights: Float32Array[], facts: ReopenFacts): Promise<void> {
    set({ params: p, drafts: {} });
    if (!(await loadData())) throw problemError(get().data.error ?? problem('failed', { text: '' }));
    const key = trainKey(p, loadedKey(get()));
    const data = get().data.faces!;
    set({ training: { ...IDLE_CAP_TRAINING, status: 'running', epochs: 0 } });
    await runner.run('conv-ae-pca', { ...jobInput(p, data, false), weights }, {
      reduce: reduceEvent,
      onResult: (job) => {
        const stop = facts.stop ?? { reason: 'completed' as const, epochsRun: facts.epochsRun, heldEpoch: facts.epochsRun, patience: 0, restoredBest: false };
        const ae = job.ae && { ...job.ae, ...runSummary(facts), trainLoss: [...facts.trainLoss], valLoss: [...facts.valLoss], bestEpoch: stop.heldEpoch, stop };
        set({ result: { key, data, job: { ...job, ae }, params: p }, training: { ...IDLE_CAP_TRAINING, ...restoredTraining(facts) }, view: { ...get().view, k: null, offset: 0 } });
      },
    });
    const t = get().training;
    if (t.status === 'error') throw problemError(t.error ?? problem('failed', { text: '' }));
  }

  const train = () => run(false);
  const folder = createFolderActions(access, loadData);

  return core.lesson(train, { ...paramSlice.actions, ...folder, loadData, fitPca: () => run(true), restore });
}

/** A lesson store and its actions. */
export type ConvAePcaStore = ReturnType<typeof createConvAePcaStore>;
