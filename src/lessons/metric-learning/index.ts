import { createTrainCell } from '../../notebook/lesson-cells';
import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';
import { ByoCell } from './cells/byo-cell';
import { CompareCell } from './cells/compare-cell';
import { DataCell } from './cells/data-cell';
import { EmbeddingCell } from './cells/embedding-cell';
import { EnsembleCell } from './cells/ensemble-cell';
import { LofCell } from './cells/lof-cell';
import { ModelCell, useEstimate } from './cells/model-cell';
import { ScoresCell } from './cells/scores-cell';
import { TrainedModels, TrainPhase } from './cells/train-extras';
import { metric } from './instance';
import { dataKey, trainKey } from './keys';
import { mvtecInUse } from './mvtec-source';
import { RunsCell } from './runs';
import { trainedOn } from './store';
import { useText } from './text';

/** Metric learning with L2-softmax, reference data, LOF and an ensemble (post 001, second half). */
export const lesson = instanceModule(
  metric,
  [
    { id: 'lof', title: { en: 'LOF explained, live, in 2-D', ja: 'LOF を 2 次元で動かして見る' }, Body: LofCell },
    { id: 'data', title: { en: 'Data: normal, anomaly and reference', ja: 'データ：正常・異常・参照' }, Body: DataCell, staleWhen: 'data' },
    { id: 'model', title: { en: 'Model: a small MobileNetV2 with L2-softmax', ja: 'モデル：小さな MobileNetV2 と L2-softmax' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train the ensemble', ja: 'アンサンブルを学習' }, Body: createTrainCell(metric, useText, useEstimate, { Before: TrainPhase, After: TrainedModels, showLoss: 'while-training', runEpochs: (p) => p.epochs * p.models }), staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'embedding', title: { en: 'The embedding, in 2-D', ja: '埋め込みを 2 次元で見る' }, Body: EmbeddingCell, staleWhen: 'train' },
    { id: 'scores', title: { en: 'Scores: LOF and kNN, learned and raw', ja: '異常度：LOF と kNN、学習した埋め込みと生の画素' }, Body: ScoresCell, staleWhen: 'train' },
    { id: 'ensemble', title: { en: 'The ensemble', ja: 'アンサンブル' }, Body: EnsembleCell, staleWhen: 'train' },
    { id: 'compare', title: { en: 'Against the autoencoders', ja: 'オートエンコーダとの比較' }, Body: CompareCell, staleWhen: 'train' },
    { id: 'byo', title: { en: 'Bring your own MVTec AD folder', ja: '自分の MVTec AD フォルダで試す' }, Body: ByoCell },
  ],
  // A learner's folder never goes stale: only built-in data depends on the data settings.
  keyedStaleness(dataKey, trainKey, { inUse: mvtecInUse, loadedKey: trainedOn }),
);
