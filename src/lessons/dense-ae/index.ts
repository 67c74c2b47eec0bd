import type { LessonModule } from '../../notebook/lesson-types';
import { DataCell } from './cells/data-cell';
import { ModelCell } from './cells/model-cell';
import { ReconstructionsCell } from './cells/reconstructions-cell';
import { RocCell } from './cells/roc-cell';
import { ScoresCell } from './cells/scores-cell';
import { ThresholdCell } from './cells/threshold-cell';
import { TrainCell } from './cells/train-cell';
import { actions, useLesson } from './instance';
import { dataKey, trainKey } from './keys';

function useStale(): Record<string, boolean> {
  const params = useLesson((s) => s.params);
  const dataLoaded = useLesson((s) => s.data.key);
  const trained = useLesson((s) => s.result?.key ?? null);
  const dataStale = dataLoaded !== null && dataLoaded !== dataKey(params);
  const trainStale = trained !== null && trained !== trainKey(params);
  return { data: dataStale, model: false, train: trainStale, reconstructions: trainStale, scores: trainStale, threshold: trainStale, roc: trainStale };
}

/** Lesson 1: dense autoencoder on MNIST 1 vs 9 (seed 000; seed 002's image half as a preset). */
export const lesson: LessonModule = {
  cells: [
    { id: 'data', title: { en: 'Data', ja: 'データ' }, Body: DataCell },
    { id: 'model', title: { en: 'Model', ja: 'モデル' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train', ja: '学習' }, Body: TrainCell },
    { id: 'reconstructions', title: { en: 'Reconstructions', ja: '再構成' }, Body: ReconstructionsCell },
    { id: 'scores', title: { en: 'Scores', ja: '異常度' }, Body: ScoresCell },
    { id: 'threshold', title: { en: 'Threshold', ja: 'しきい値' }, Body: ThresholdCell },
    { id: 'roc', title: { en: 'ROC and PR curves', ja: 'ROC 曲線と PR 曲線' }, Body: RocCell },
  ],
  useStale,
  runAll: actions.runAll,
  useBusy: () => useLesson((s) => s.busy || s.training.status === 'running'),
};
