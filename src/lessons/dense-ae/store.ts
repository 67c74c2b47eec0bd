import { buildImageSplitInSlices, type ImageSplit } from '../../core/data/class-split';
import { bestF1 } from '../../core/metrics/best-f1';
import type { DenseAeJobInput } from '../../core/pipeline/dense-ae-job';
import type { DenseAeScoreResult } from '../../core/pipeline/dense-ae-score-job';
import { yieldToEventLoop } from '../../core/train/yield-to-event-loop';
import { createImageDataLoader, firstTestIndices, type FetchClass } from '../../notebook/image-data-loader';
import { lessonDefaults, createLessonCore } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { notingEpochSeconds, steadySecondsPerEpoch } from '../../notebook/steady-epochs';
import { mayTrain, doneTraining, IDLE_TRAINING, reduceTrainEvent, secondsAroundEpochs, type RunSummary } from '../../notebook/training-state';
import { dataKey, trainKey } from './keys';
import { modelConfig } from './model-config';
import { SETTINGS, type DenseAeParams } from './params';
import { denseAeResult } from './result';
import { scoredImages, scoringFlops } from './speed';
import type { DenseAeState } from './state';
import { problemsOf } from './validation';

/** What the lesson store needs from the outside world (real ones in the app, fakes in tests). */
export interface DenseAeDeps extends TrainingDeps {
  fetchClass: FetchClass;
  /** Called when a run finished, to remember the speed for duration estimates. */
  onSpeed?(backend: string, secondsPerEpoch: number, nTrain: number, params: DenseAeParams): void;
  /** A run's seconds around its epochs (job time less the epochs) and the FLOPs of its scoring (see `scoringFlops`); not after a stop. */
  onAroundSpeed?(backend: string, seconds: number, flops: number): void;
}

const SAMPLE_COUNT = 8;

/** The first `SAMPLE_COUNT` test normals and test anomalies of a split, for the sample grid. */
function sampleRows(split: ImageSplit): DenseAeState['data']['samples'] {
  const row = (i: number) => split.testX.subarray(i * split.dim, (i + 1) * split.dim);
  const { normal, anomaly } = firstTestIndices(split.counts, SAMPLE_COUNT);
  return { normal: normal.map(row), anomaly: anomaly.map(row) };
}

/** A lesson-1 notebook: its state and its actions (plain functions, usable outside React). */
export function createDenseAeStore(deps: DenseAeDeps) {
  const initial = (): DenseAeState => ({
    ...lessonDefaults(SETTINGS),
    data: { status: 'idle', error: null, split: null, samples: null, key: null },
    view: { scoreKind: 'l1', threshold: null, gridFilter: 'anomalies', logY: false },
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, runner, problems } = core;
  const paramSlice = createParamSlice(access, SETTINGS);

  const loadData = createImageDataLoader(access, {
    fetchClass: deps.fetchClass,
    dataKey,
    selectionProblem: () => problems().selection,
    build: async (train, test, p) => {
      const split = await buildImageSplitInSlices(train, test, p, { seed: p.seed, maxTrain: p.maxTrain > 0 ? p.maxTrain : undefined });
      return { split, samples: sampleRows(split) };
    },
  });

  async function train(): Promise<void> {
    if (!mayTrain(access, problems())) return;
    if (!(await loadData())) return;
    // Once the data is loaded, the batch is checked against its training set too.
    if (!mayTrain(access, problems())) return;
    const p = get().params;
    const split = get().data.split!;
    const key = trainKey(p);
    set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
    const input: DenseAeJobInput = {
      split: { dim: split.dim, trainX: split.trainX, valX: split.valX, testX: split.testX },
      model: modelConfig(p, split.dim),
      train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: p.patience, seed: p.seed },
      initSeed: p.seed,
    };
    const epochSeconds: number[] = [];
    await runner.run('dense-ae', input, {
      reduce: notingEpochSeconds(reduceTrainEvent, epochSeconds),
      onResult: async (r, job) => {
        // The finished status first, in its own task; the result cells' first draw (Plotly loads) follows.
        set({ training: doneTraining(get().training, r) });
        await yieldToEventLoop();
        showScores(key, r, r.weights, r);
        if (r.epochsRun === 0) return;
        // The first epoch also sets up kernels and buffers: that one-time work counts around the epochs, not in each.
        const secondsPerEpoch = steadySecondsPerEpoch(epochSeconds) ?? r.secondsPerEpoch;
        deps.onSpeed?.(r.backend, secondsPerEpoch, split.counts.train, p);
        // A stopped run's unfinished epoch counts in no epoch: it would pass for time around them.
        if (r.stopReason !== 'aborted') deps.onAroundSpeed?.(r.backend, secondsAroundEpochs(job.seconds, { secondsPerEpoch, epochsRun: r.epochsRun }), scoringFlops(input.model, scoredImages(p, split.counts)));
      },
    });
  }

  /** Shows a model's scores on the loaded split (after training, or reopened from weights), the threshold at the best F1. */
  function showScores(key: string, scored: DenseAeScoreResult, weights: Float32Array[], run: Pick<RunSummary, 'stopReason' | 'secondsPerEpoch' | 'epochsRun'>): void {
    const split = get().data.split!;
    const view = get().view;
    const threshold = bestF1(scored.test[view.scoreKind], split.testLabels, 'normal').threshold;
    set({ result: denseAeResult(key, scored, split, weights, run), view: { ...view, threshold: Number.isFinite(threshold) ? threshold : null } });
  }

  return core.lesson(train, { ...paramSlice.actions, loadData, showScores });
}

/** A lesson store and its actions. */
export type DenseAeStore = ReturnType<typeof createDenseAeStore>;
