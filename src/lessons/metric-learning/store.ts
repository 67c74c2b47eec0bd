import type { ClassImages } from '../../core/data/class-split';
import { buildClassMetricData } from '../../core/pipeline/metric-learning-data';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { MetricLearningJobInput } from '../../core/pipeline/metric-learning-types';
import { yieldToEventLoop } from '../../core/train/yield-to-event-loop';
import { createImageDataLoader, type FetchClass } from '../../notebook/image-data-loader';
import { createLessonCore, lessonDefaults } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { notingEpochSeconds, steadySecondsPerEpoch } from '../../notebook/steady-epochs';
import { IDLE_TRAINING, mayTrain, reduceTrainEvent, secondsAroundEpochs } from '../../notebook/training-state';
import { asProblem, NO_BACKBONE, readBackbone, sourceKey, type BackboneState, type PickedFile } from './backbone';
import { createTextureLoader, textureSpec, type FetchTexture } from './texture-data';
import { createMvtecSource, loadedKey, mvtecInUse, mvtecSpec } from './mvtec-source';
import { idleFolder } from '../../notebook/folder-request';
import { datasetSpec, referenceCounts, splitView, testClassesOf } from './data';
import { dataKey, trainKey } from './keys';
import { SETTINGS, type MetricParams, type NumberParam } from './params';
import { embeddedImages, runImages } from './speed';
import type { MetricState, MetricTraining } from './state';
import { problemsOf } from './validation';

/** What the store needs from the outside world (real ones in the app, fakes in tests). */
export interface MetricDeps extends TrainingDeps {
  fetchClass: FetchClass;
  /** A built-in texture (512×512, [0, 1]; a generated one from the seed): the texture source's images. */
  fetchTexture: FetchTexture;
  onSpeed?(backend: string, secondsPerEpoch: number, batchesPerEpoch: number): void;
  /** A run's seconds around its epochs (job time less every model's epochs) and the images it embedded (see `embeddedImages`); not after a stop. */
  onAroundSpeed?(backend: string, seconds: number, images: number): void;
}

/** Idle progress of a run. */
export const IDLE_METRIC_TRAINING: MetricTraining = { ...IDLE_TRAINING, model: 0, models: 0, modelEpochs: 0, phase: 'model', accuracy: [] };

/**
 * Folds a job event into the whole run's progress: a new model of the ensemble starts fresh
 * curves and its epochs count on after the earlier models'; a model's accuracy check is part of
 * its training; other scoring phases are named. A model that completed while more follow does
 * not end the run: its 'done' sets no stop (the panel would word it as the run's end).
 */
export function reduceMetricEvent(t: MetricTraining, e: JobEvent): MetricTraining {
  switch (e.type) {
    case 'eval':
      if (e.phase === 'model') {
        const epoch = e.done * t.modelEpochs;
        return { ...t, phase: 'model', model: e.done, models: e.total, trainLoss: [], valLoss: [], epoch, batch: epoch > 0 ? t.batchesPerEpoch : 0 };
      }
      if (e.phase === 'accuracy') return t.phase === 'model' ? t : { ...t, phase: 'model' };
      return t.phase === e.phase ? t : { ...t, phase: e.phase };
    case 'batch':
      return reduceTrainEvent(t, { ...e, epoch: t.model * t.modelEpochs + e.epoch });
    case 'done':
      return e.stop.reason === 'completed' && t.model + 1 < t.models ? { ...t, bestEpoch: e.bestEpoch } : reduceTrainEvent(t, e);
    default:
      return reduceTrainEvent(t, e);
  }
}

/** The job's input for the current settings and loaded images. */
export function jobInput(p: MetricParams, data: NonNullable<MetricState['data']['data']>, folder: string | null = null, backbone: BackboneState = NO_BACKBONE): MetricLearningJobInput {
  return {
    dataset: folder !== null ? mvtecSpec(folder, p) : p.source === 'texture' ? textureSpec(p) : datasetSpec(p),
    data,
    model: {
      embeddingSize: p.embedding,
      alpha: { mode: p.alphaMode, value: p.alpha },
      optimizer: p.optimizer,
      learningRate: p.lr,
      epochs: p.epochs,
      batchSize: p.batch,
      seed: p.seed,
      models: p.models,
      inputSize: data.size,
      neighbors: p.neighbors,
      width: Number(p.width),
    },
    validationQuantile: 0.95,
    ...(backbone.name && backbone.files ? { backbone: { name: backbone.name, mode: p.backboneMode, files: backbone.files } } : {}),
  };
}

/** What the trained models depend on besides the train settings (see {@link sourceKey}). */
export function trainedOn(s: Pick<MetricState, 'data' | 'mvtec' | 'params' | 'backbone'>): string | null {
  return sourceKey(loadedKey(s), dataKey(s.params), s.backbone);
}

/**
 * Builds the lesson's images from the fetched classes: the reference classes'
 * training images are fetched here too, then the core's builder makes the
 * job's data (seeded hold-out and reference subsets).
 */
function metricImages(fetchClass: FetchClass) {
  return async (train: ClassImages, test: ClassImages, p: MetricParams) => {
    const spec = datasetSpec(p);
    const reference = await Promise.all(spec.reference.map(async (c) => [c, await fetchClass(p.dataset, 'train', c)] as const));
    await yieldToEventLoop();
    const data = buildClassMetricData(new Map([...train, ...reference]), test, spec, { seed: p.seed, maxNormalTrain: p.maxTrain > 0 ? p.maxTrain : undefined });
    const classes = testClassesOf(new Map([...test].map(([c, bytes]) => [c, bytes.length / 784])), p);
    return { split: splitView(data, classes.normal, classes.anomaly), data, referenceCounts: referenceCounts(data) };
  };
}

/** A metric-learning notebook: its state and its actions (plain functions, usable outside React). */
export function createMetricStore(deps: MetricDeps) {
  const initial = (): MetricState => ({
    ...lessonDefaults(SETTINGS),
    data: { status: 'idle', error: null, split: null, key: null, data: null, referenceCounts: [] },
    training: IDLE_METRIC_TRAINING,
    backbone: NO_BACKBONE,
    mvtec: idleFolder(),
    view: { source: 'lof', model: null, threshold: null, picked: null },
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, runner, problems } = core;
  const paramSlice = createParamSlice<MetricParams, keyof MetricParams & string, NumberParam>(access, SETTINGS);

  const loadClasses = createImageDataLoader(access, { fetchClass: deps.fetchClass, dataKey, selectionProblem: () => problems().selection, build: metricImages(deps.fetchClass) });
  const loadTextures = createTextureLoader(access, deps.fetchTexture);
  /** Loads the images the settings ask for: image classes, or a texture's crops (a learner's folder in use stays). */
  const loadData = async () => mvtecInUse(get()) || (get().params.source === 'texture' ? loadTextures() : loadClasses());

  async function train(): Promise<void> {
    if (!mayTrain(access, problems())) return;
    if (!(await loadData())) return;
    const p = get().params;
    const data = get().data.data!;
    const key = trainKey(p, trainedOn(get()));
    const folder = mvtecInUse(get()) ? get().mvtec.name : null;
    set({ training: { ...IDLE_METRIC_TRAINING, status: 'running', epochs: p.epochs * p.models, modelEpochs: p.epochs, models: p.models } });
    const epochSeconds: number[] = [];
    await runner.run('metric-learning', jobInput(p, data, folder, get().backbone), {
      reduce: notingEpochSeconds(reduceMetricEvent, epochSeconds),
      onResult: (r, job) => {
        const t = get().training;
        // The run-wide clock (lesson core) adds the scoring after the last epoch, which the events leave out.
        set({
          training: { ...t, status: 'done', phase: 'ensemble', accuracy: r.models[r.models.length - 1]?.accuracy ?? [] },
          result: { ...r, key, data, folder },
          view: { ...get().view, threshold: null, picked: null },
        });
        const epochsRun = r.models.reduce((n, m) => n + m.epochsRun, 0);
        // The run's first epoch also sets up kernels and buffers: that one-time work counts around the epochs, not in each.
        const secondsPerEpoch = steadySecondsPerEpoch(epochSeconds) ?? r.models.reduce((n, m) => n + m.epochsRun * m.secondsPerEpoch, 0) / epochsRun;
        if (r.epochs > 0) deps.onSpeed?.(r.backend, secondsPerEpoch, get().training.batchesPerEpoch);
        // A stopped run's unfinished epoch counts in no epoch: it would pass for time around them.
        if (epochsRun > 0 && t.stop?.reason !== 'aborted') deps.onAroundSpeed?.(r.backend, secondsAroundEpochs(job.seconds, { secondsPerEpoch, epochsRun }), embeddedImages(r.models.length, runImages(p, data)));
      },
    });
  }

  /** Opens a pretrained backbone; a refused file keeps the backbone (and every setting) as it was. */
  async function openBackbone(files: readonly PickedFile[]): Promise<boolean> {
    const before = get().backbone;
    set({ backbone: { ...before, status: 'reading', error: null } });
    try {
      set({ backbone: await readBackbone(files) });
      return true;
    } catch (e) {
      set({ backbone: { ...before, status: before.name ? 'ready' : 'error', error: asProblem(e) } });
      return false;
    }
  }

  const mvtec = createMvtecSource(access, deps.fetchTexture, loadData);
  return core.lesson(train, { ...paramSlice.actions, ...mvtec, loadData, openBackbone, dropBackbone: () => set({ backbone: NO_BACKBONE }) });
}

/** A lesson store and its actions. */
export type MetricStore = ReturnType<typeof createMetricStore>;
