import type { ConvAeLoss } from '../../core/model/conv-ae';
import type { JobEvent } from '../../core/pipeline/job-events';
import { isRealTexture, generateTexture, type TextureName } from '../../core/textures/texture-files';
import type { GrayImage } from '../../core/textures/gray-image';
import { buildTextureDataset } from '../../core/textures/texture-protocol';
import { fromTextureDataset } from '../../core/textures/inspection-data';
import { yieldToEventLoop } from '../../core/train/yield-to-event-loop';
import { createBuiltinDataLoader } from '../../notebook/builtin-data-loader';
import { createLessonCore, lessonDefaults } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { mayTrain, IDLE_TRAINING, reduceTrainEvent, secondsAroundEpochs } from '../../notebook/training-state';
import { DEFAULT_SCORING } from './derived';
import { dataKey, trainKey } from './keys';
import { idleFolder } from '../../notebook/folder-request';
import { createMvtecActions, loadedKey, mvtecInUse } from './mvtec-action';
import { jobInput, lossesOf, modelConfig } from './model-config';
import { trainFlopsPerEpoch } from './speed';
import { SETTINGS, type NumberParam, type SsimAeParams } from './params';
import type { MapScoring, ModelResult, SsimAeState, SsimAeTraining } from './state';
import { problemsOf } from './validation';

/** What the store needs from the outside world (real ones in the app, fakes in tests). */
export interface SsimAeDeps extends TrainingDeps {
  /** A served photo texture (512×512, [0, 1]). */
  fetchTexture(name: TextureName): Promise<GrayImage>;
  /** A finished model's speed: its seconds per epoch and the FLOPs of that epoch (`trainFlopsPerEpoch`). */
  onSpeed?(loss: ConvAeLoss, backend: string, secondsPerEpoch: number, flopsPerEpoch: number): void;
  /** A finished model's seconds around its epochs (its job's time less its epochs') and the pixels it scored. */
  onAroundSpeed?(backend: string, seconds: number, pixels: number): void;
}

/** Idle progress of a run. */
export const IDLE_SSIM_TRAINING: SsimAeTraining = { ...IDLE_TRAINING, loss: null, losses: [], phase: 'training' };

/**
 * Folds one model's job event into the whole run's progress: its epochs count on after the
 * `epochsBefore` of the run's earlier models and its clock after their `secondsBefore`, so the
 * panel's epoch, bar, elapsed and remaining time cover both models. The loss curve and its best
 * epoch stay the model's own. In a run of two models, a model that completes sets no stop message.
 */
export function reduceRunEvent(t: SsimAeTraining, e: JobEvent, epochsBefore: number, secondsBefore: number): SsimAeTraining {
  switch (e.type) {
    case 'eval':
      return t.phase === 'scoring' ? t : { ...t, phase: 'scoring' };
    case 'batch':
      return reduceTrainEvent(t, { ...e, epoch: e.epoch + epochsBefore, elapsedSeconds: e.elapsedSeconds + secondsBefore });
    case 'epoch':
      return reduceTrainEvent(t, { ...e, elapsedSeconds: e.elapsedSeconds + secondsBefore });
    case 'done':
      // A model that completed in a run of two has no run-wide message: each model's chart caption says what it did.
      return t.losses.length > 1 && e.stop.reason === 'completed' ? { ...t, bestEpoch: e.bestEpoch } : reduceTrainEvent(t, e);
    default:
      return reduceTrainEvent(t, e);
  }
}

/** An SSIM-autoencoder notebook: its state and its actions (plain functions, usable outside React). */
export function createSsimAeStore(deps: SsimAeDeps) {
  const initial = (): SsimAeState => ({
    ...lessonDefaults(SETTINGS),
    data: { status: 'idle', error: null, dataset: null, key: null },
    mvtec: idleFolder(),
    training: IDLE_SSIM_TRAINING,
    view: { scoring: DEFAULT_SCORING, threshold: {}, method: 'ssim', offset: 0 },
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, runner, problems } = core;
  const paramSlice = createParamSlice<SsimAeParams, keyof SsimAeParams & string, NumberParam>(access, SETTINGS);
  let stopped = false;

  /** Makes the crops for the current settings; keeps a learner's MVTec folder while it is in use. Returns whether data is ready. */
  const loadData = createBuiltinDataLoader(access, {
    dataKey,
    inUse: mvtecInUse,
    load: async (p) => {
      const name = p.texture as TextureName;
      const image = isRealTexture(name) ? await deps.fetchTexture(name) : generateTexture(name, p.seed);
      await yieldToEventLoop();
      return { dataset: fromTextureDataset(buildTextureDataset(image, { cropSize: Number(p.cropSize), trainCount: p.trainCount, validationCount: p.validationCount, testCount: p.testCount, seed: p.seed })) };
    },
  });

  /** Trains the run's models one after the other (SSIM, then L2), keeping each as it finishes. */
  async function train(): Promise<void> {
    if (!mayTrain(access, problems())) return;
    if (!(await loadData())) return;
    const p = get().params;
    const key = trainKey(p, loadedKey(get()));
    const data = get().data.dataset!;
    const area = data.size * data.size;
    const models: Partial<Record<ConvAeLoss, ModelResult>> = {};
    const losses = lossesOf(p);
    const now = deps.now ?? (() => performance.now());
    const started = now();
    let epochsBefore = 0;
    stopped = false;
    for (const loss of losses) {
      if (stopped) break;
      // Never less than what the panel showed for the run's earlier model.
      const secondsBefore = Math.max((now() - started) / 1000, epochsBefore > 0 ? get().training.elapsedSeconds : 0);
      const before = epochsBefore;
      set({ training: { ...IDLE_SSIM_TRAINING, status: 'running', epochs: p.epochs * losses.length, epoch: before, elapsedSeconds: secondsBefore, loss, losses } });
      let ok = false;
      await runner.run('ssim-ae', jobInput(p, data, loss), {
        reduce: (t, e) => reduceRunEvent(t, e, before, secondsBefore),
        onResult: (r, job) => {
          models[loss] = { ...r, loss };
          ok = true;
          epochsBefore += r.epochsRun;
          if (r.epochsRun > 0) {
            deps.onSpeed?.(loss, r.backend, r.secondsPerEpoch, trainFlopsPerEpoch({ ...modelConfig(p, loss), inputSize: data.size }, data.train.length / area, data.validation.length / area));
            deps.onAroundSpeed?.(r.backend, secondsAroundEpochs(job.seconds, r), data.validation.length + data.test.length);
          }
        },
      });
      const stop = get().training.stop;
      if (!ok) {
        // Stopped before this model's first epoch ended: the run's earlier models stay, and no "nothing was trained" message (the Train cell says which model is missing).
        if (before > 0 && stop) set({ training: { ...get().training, stop: null, elapsedSeconds: (now() - started) / 1000 } });
        return;
      }
      set({ result: { key, data, models: { ...models } } });
    }
    set({ training: { ...get().training, status: 'done' }, view: { ...get().view, threshold: {} } });
  }

  const mvtec = createMvtecActions(access, loadData);

  const setThreshold = (loss: ConvAeLoss, value: number | null) => set({ view: { ...get().view, threshold: { ...get().view.threshold, [loss]: value } } });
  /** Scores every result cell's maps another way; thresholds move to the new scale's protocol ones. */
  const setScoring = (scoring: MapScoring) => set({ view: { ...get().view, scoring, threshold: {} } });
  return core.lesson(train, { ...paramSlice.actions, ...mvtec, loadData, setThreshold, setScoring }, () => {
    stopped = true;
    runner.stop();
  });
}

/** A lesson store and its actions. */
export type SsimAeStore = ReturnType<typeof createSsimAeStore>;
