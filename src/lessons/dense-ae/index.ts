import { createLessonModule, keyedStaleness } from '../../notebook/lesson-module';
import { DataCell } from './cells/data-cell';
import { ModelCell } from './cells/model-cell';
import { ReconstructionsCell } from './cells/reconstructions-cell';
import { RocCell } from './cells/roc-cell';
import { ScoresCell } from './cells/scores-cell';
import { ThresholdCell } from './cells/threshold-cell';
import { TrainCell } from './cells/train-cell';
import { denseAe, settings } from './instance';
import { dataKey, trainKey } from './keys';
import { RunsCell } from './runs';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';

/** Lesson 1: dense autoencoder on MNIST 1 vs 9 (seed 000; seed 002's image half as a preset). */
export const lesson = createLessonModule({
  cells: [
    { id: 'data', title: { en: 'Data', ja: 'データ' }, Body: DataCell, staleWhen: 'data' },
    { id: 'model', title: { en: 'Model', ja: 'モデル' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train', ja: '学習' }, Body: TrainCell, staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'reconstructions', title: { en: 'Reconstructions', ja: '再構成' }, Body: ReconstructionsCell, staleWhen: 'train' },
    { id: 'scores', title: { en: 'Scores', ja: '異常度' }, Body: ScoresCell, staleWhen: 'train' },
    { id: 'threshold', title: { en: 'Threshold', ja: 'しきい値' }, Body: ThresholdCell, staleWhen: 'train' },
    { id: 'roc', title: { en: 'ROC and PR curves', ja: 'ROC 曲線と PR 曲線' }, Body: RocCell, staleWhen: 'train' },
  ],
  store: denseAe.store,
  staleness: keyedStaleness(dataKey, trainKey),
  runAll: denseAe.actions.runAll,
  settings,
});
