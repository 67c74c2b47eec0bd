import { buildImageSplit } from '../../core/data/class-split';
import { PATCH_VAE_LESSON_DEFAULTS } from '../../core/pipeline/patch-vae-defaults';
import { createImageDataLoader, type FetchClass } from '../../notebook/image-data-loader';
import { createLessonCore, lessonDefaults } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { dataKey } from './keys';
import { SETTINGS } from './params';
import { IDLE_PATCH_VAE_TRAINING, SIDE, type PatchVaeState } from './state';
import { createTrainAction } from './train-action';
import { createTryAction } from './try-action';
import { problemsOf } from './validation';

/** What the lesson store needs from the outside world (real ones in the app, fakes in tests). */
export interface PatchVaeDeps extends TrainingDeps {
  fetchClass: FetchClass;
  /** Called when a run finished, to remember its speed for estimates. */
  onSpeed?(backend: string, secondsPerEpoch: number, batchesPerEpoch: number): void;
  /** Called when a run finished, with the seconds it took besides its epochs (cutting patches, scoring) and the windows it scored. */
  onScoringSpeed?(backend: string, seconds: number, windows: number): void;
}

/** A patch-VAE notebook: its state and its actions (plain functions, usable outside React). */
export function createPatchVaeStore(deps: PatchVaeDeps) {
  const initial = (): PatchVaeState => ({
    ...lessonDefaults(SETTINGS),
    data: { status: 'idle', error: null, split: null, key: null },
    training: IDLE_PATCH_VAE_TRAINING,
    tryIt: { status: 'idle', error: null, image: new Float32Array(SIDE * SIDE), resultKey: null, scored: null },
    view: { scoreKind: 'new', threshold: { old: null, new: null }, latentShow: 'mu', scoreFloor: PATCH_VAE_LESSON_DEFAULTS.scoreFloor, positionNorm: true },
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, problems } = core;
  const paramSlice = createParamSlice(access, SETTINGS);

  const loadData = createImageDataLoader(access, {
    fetchClass: deps.fetchClass,
    dataKey,
    selectionProblem: () => problems().selection,
    build: async (train, test, p) => ({ split: buildImageSplit(train, test, p, { seed: p.seed, valFraction: PATCH_VAE_LESSON_DEFAULTS.holdOut }) }),
  });

  return core.lesson(createTrainAction(core, deps, loadData), {
    ...paramSlice.actions,
    loadData,
    ...createTryAction(access, deps),
    setScoreFloor: (floor: number) => set({ view: { ...get().view, scoreFloor: floor, threshold: { ...get().view.threshold, new: null } } }),
    setPositionNorm: (on: boolean) => set({ view: { ...get().view, positionNorm: on, threshold: { old: null, new: null } } }),
    setThreshold: (kind: 'old' | 'new', value: number | null) => set({ view: { ...get().view, threshold: { ...get().view.threshold, [kind]: value } } }),
  });
}

/** A lesson store and its actions. */
export type PatchVaeStore = ReturnType<typeof createPatchVaeStore>;
