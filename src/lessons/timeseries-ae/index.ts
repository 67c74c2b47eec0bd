import { createTrainCell } from '../../notebook/lesson-cells';
import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { CELL_TITLE } from '../../notebook/notebook-text';
import { ByoCell } from './cells/byo-cell';
import { DataCell } from './cells/data-cell';
import { HistogramCell } from './cells/histogram-cell';
import { ModelCell, useEstimate } from './cells/model-cell';
import { PreprocessingCell } from './cells/preprocessing-cell';
import { RocCell } from './cells/roc-cell';
import { ViewerCell } from './cells/viewer-cell';
import { timeseriesAe } from './instance';
import { dataKey, trainKey } from './keys';
import { RunsCell } from './runs';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';
import { useText } from './text';
import './timeseries-ae.css';

/** Lesson 2: a time-series autoencoder finds the odd ones in a contaminated set (seed 002, second half). */
export const lesson = instanceModule(
  timeseriesAe,
  [
    { id: 'data', title: { en: 'Data: spot the odd ones', ja: 'データ：目で異常を探す' }, Body: DataCell, staleWhen: 'data' },
    { id: 'preprocessing', title: { en: 'Preprocessing: standardise each time step', ja: '前処理：時刻ごとの標準化' }, Body: PreprocessingCell, staleWhen: 'data' },
    { id: 'model', title: CELL_TITLE.model, Body: ModelCell },
    { id: 'train', title: { en: 'Train on everything', ja: 'すべてのデータで学習' }, Body: createTrainCell(timeseriesAe, useText, useEstimate), staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'histogram', title: { en: 'Error histogram: two tails', ja: '誤差のヒストグラム：両側の裾' }, Body: HistogramCell, staleWhen: 'train' },
    { id: 'viewer', title: { en: 'Series viewer', ja: '系列ビューア' }, Body: ViewerCell, staleWhen: 'train' },
    { id: 'roc', title: { en: 'ROC per anomaly group', ja: '異常グループごとの ROC' }, Body: RocCell, staleWhen: 'train' },
    { id: 'byo', title: { en: 'Bring your own CSV', ja: '自分の CSV で試す' }, Body: ByoCell },
  ],
  // A loaded CSV never goes stale: only generated data depends on the settings.
  keyedStaleness(dataKey, trainKey, { inUse: (s) => s.data.source === 'csv', loadedKey: (s) => s.data.key }),
);
