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
import { mayTrain, IDLE_TRAINING, reduceTrainEvent } from '../../notebook/training-state';
import { DEFAULT_SCORING } from './derived';
import { dataKey, trainKey } from './keys';
import { idleFolder } from '../../notebook/folder-request';
import { createMvtecActions, loadedKey, mvtecInUse } from './mvtec-action';
import { jobInput, lossesOf } from './model-config';
import { SETTINGS, type NumberParam, type SsimAeParams } from './params';
import type { MapScoring, ModelResult, SsimAeState, SsimAeTraining } from './state';
import { problemsOf } from './validation';

/** What the store needs from the outside world (real ones in the app, fakes in tests). */
export interface SsimAeDeps extends TrainingDeps {
  /** A served photo texture (512×512, [0, 1]). */
  fetchTexture(name: TextureName): Promise<GrayImage>;
  onSpeed?(backend: string, secondsPerEpoch: number, batchesPerEpoch: number): void;
}

/** Idle progress of a run. */
export const IDLE_SSIM_TRAINING: SsimAeTraining = { ...IDLE_TRAINING, loss: null, phase: 'training' };

function reduceEvent(t: SsimAeTraining, e: JobEvent): SsimAeTraining {
  if (e.type !== 'eval') return reduceTrainEvent(t, e);
  return t.phase === 'scoring' ? t : { ...t, phase: 'scoring' };
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
    const models: Partial<Record<ConvAeLoss, ModelResult>> = {};
    stopped = false;
    for (const loss of lossesOf(p)) {
      if (stopped) break;
      set({ training: { ...IDLE_SSIM_TRAINING, status: 'running', epochs: p.epochs, loss } });
      let ok = false;
      await runner.run('ssim-ae', jobInput(p, data, loss), {
        reduce: reduceEvent,
        onResult: (r) => {
          models[loss] = { ...r, loss };
          ok = true;
          if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, get().training.batchesPerEpoch);
        },
      });
      if (!ok) return;
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
