/**
 * Stop pressed before the first epoch ended: the model is the random initial
 * one, so its scores are not shown as a result (issue 16 saw an AUC of
 * 0.0103). The previous results stay and the panel says nothing was trained.
 */
import type { JobEvent } from '../core/pipeline/job-events';
import type { TrainStop } from '../core/train/train-events';
import { stopText } from '../notebook/training-text';
import type { BadInputCase } from './catalogue';
import { denseWithResults } from './lessons';

const STOP: TrainStop = { reason: 'aborted', epochsRun: 0, heldEpoch: 0, patience: 0, restoredBest: true };
const EVENTS: JobEvent[] = [
  { type: 'start', epochs: 1, batchesPerEpoch: 2, nTrain: 4, nVal: 2 },
  { type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 2, elapsedSeconds: 0.1 },
  { type: 'done', reason: 'aborted', epochsRun: 0, bestEpoch: 0, bestLoss: Infinity, secondsPerEpoch: 0, stop: STOP },
];

export const TRAINING_CASES: BadInputCase[] = [
  {
    area: 'training',
    input: 'lesson 1, Stop before the first epoch ended',
    en: 'Stopped by you before the first epoch ended: nothing was trained, so the results below (if any) are still those of the previous run.',
    ja: '最初のエポックが終わる前に停止したため、何も学習していません。下の結果（あれば）は前回の実行のままです。',
    run: async () => {
      const untrainedResult = { test: { l1: new Float32Array(20), l2: new Float32Array(20), max: new Float32Array(20) }, auc: 0.0103 };
      const { lesson, resultsIntact } = denseWithResults({ events: EVENTS, jobResult: untrainedResult });
      await lesson.actions.train();
      const { training } = lesson.store.getState();
      const changed = resultsIntact() ?? (training.status === 'done' ? null : `status ${training.status}`);
      return training.stop ? { en: stopText(training.stop, 'en'), ja: stopText(training.stop, 'ja'), changed } : { en: '(no stop)', ja: '(no stop)', changed };
    },
  },
];
