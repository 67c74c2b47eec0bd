import { createTrainCell } from '../../notebook/lesson-cells';
import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { CELL_TITLE } from '../../notebook/notebook-text';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';
import { CompareCell } from './cells/compare-cell';
import { DataCell } from './cells/data-cell';
import { DiffCell } from './cells/diff-cell';
import { FolderCell } from './cells/folder-cell';
import { ModelCell, useEstimate } from './cells/model-cell';
import { Pca2dCell } from './cells/pca-2d-cell';
import { PcaCell } from './cells/pca-cell';
import { TrainedModel, TrainPhase } from './cells/train-extras';
import { folderInUse, loadedKey } from './folder-action';
import { capLesson } from './instance';
import { dataKey, trainKey } from './keys';
import { RunsCell } from './runs';
import { useText } from './text';

/** Seed 003: from PCA (a line in 2-D, then eigenfaces) to a convolutional autoencoder, on faces with and without glasses. */
export const lesson = instanceModule(
  capLesson,
  [
    { id: 'pca2d', title: { en: 'PCA in 2-D, live', ja: '2 次元の PCA を動かす' }, Body: Pca2dCell },
    { id: 'data', title: { en: 'Data: faces with and without glasses', ja: 'データ：眼鏡なしの顔と眼鏡ありの顔' }, Body: DataCell, staleWhen: 'data' },
    { id: 'folder', title: { en: 'Bring your own faces', ja: '自分の顔画像で試す' }, Body: FolderCell },
    { id: 'pca', title: { en: 'PCA on faces: eigenfaces and residuals', ja: '顔の PCA：固有顔と残差' }, Body: PcaCell, staleWhen: 'train' },
    { id: 'model', title: { en: 'The convolutional autoencoder', ja: '畳み込みオートエンコーダ' }, Body: ModelCell },
    { id: 'train', title: CELL_TITLE.train, Body: createTrainCell(capLesson, useText, useEstimate, { Before: TrainPhase, After: TrainedModel }), staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'diff', title: { en: 'Difference images', ja: '差分画像' }, Body: DiffCell, staleWhen: 'train' },
    { id: 'compare', title: { en: 'PCA against the autoencoder', ja: 'PCA とオートエンコーダの比較' }, Body: CompareCell, staleWhen: 'train' },
  ],
  // A learner's folder never goes stale: only the built-in faces depend on the data settings.
  keyedStaleness(dataKey, trainKey, { inUse: folderInUse, loadedKey }),
);
