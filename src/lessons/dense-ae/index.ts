import { createTrainCell } from '../../notebook/lesson-cells';
import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { CELL_TITLE } from '../../notebook/notebook-text';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';
import { DataCell } from './cells/data-cell';
import { ModelCell, useEstimate } from './cells/model-cell';
import { ReconstructionsCell } from './cells/reconstructions-cell';
import { RocCell } from './cells/roc-cell';
import { ScoresCell } from './cells/scores-cell';
import { ThresholdCell } from './cells/threshold-cell';
import { denseAe } from './instance';
import { dataKey, trainKey } from './keys';
import { RunsCell } from './runs';
import { useText } from './text';

/** Lesson 1: dense autoencoder on MNIST 1 vs 9 (seed 000; seed 002's image half as a preset). */
export const lesson = instanceModule(
  denseAe,
  [
    { id: 'data', title: CELL_TITLE.data, Body: DataCell, staleWhen: 'data' },
    { id: 'model', title: CELL_TITLE.model, Body: ModelCell },
    { id: 'train', title: CELL_TITLE.train, Body: createTrainCell(denseAe, useText, useEstimate), staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'reconstructions', title: { en: 'Reconstructions', ja: '再構成' }, Body: ReconstructionsCell, staleWhen: 'train' },
    { id: 'scores', title: { en: 'Scores', ja: '異常度' }, Body: ScoresCell, staleWhen: 'train' },
    { id: 'threshold', title: { en: 'Threshold', ja: 'しきい値' }, Body: ThresholdCell, staleWhen: 'train' },
    { id: 'roc', title: { en: 'ROC and PR curves', ja: 'ROC 曲線と PR 曲線' }, Body: RocCell, staleWhen: 'train' },
  ],
  keyedStaleness(dataKey, trainKey),
);
