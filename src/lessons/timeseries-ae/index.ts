import type { LessonModule } from '../../notebook/lesson-types';
import { ByoCell } from './cells/byo-cell';
import { DataCell } from './cells/data-cell';
import { HistogramCell } from './cells/histogram-cell';
import { ModelCell } from './cells/model-cell';
import { PreprocessingCell } from './cells/preprocessing-cell';
import { RocCell } from './cells/roc-cell';
import { TrainCell } from './cells/train-cell';
import { ViewerCell } from './cells/viewer-cell';
import { actions, useLesson } from './instance';
import { dataKey, trainKey } from './keys';
import './timeseries-ae.css';

function useStale(): Record<string, boolean> {
  const params = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const trained = useLesson((s) => s.result?.key ?? null);
  const dataStale = data.source === 'generated' && data.key !== null && data.key !== dataKey(params);
  const trainStale = trained !== null && trained !== trainKey(params, data.key);
  return {
    data: dataStale,
    preprocessing: dataStale,
    model: false,
    train: trainStale,
    histogram: trainStale,
    viewer: trainStale,
    roc: trainStale,
    byo: false,
  };
}

/** Lesson 2: a time-series autoencoder finds the odd ones in a contaminated set (seed 002, second half). */
export const lesson: LessonModule = {
  cells: [
    { id: 'data', title: { en: 'Data: spot the odd ones', ja: 'データ：目で異常を探す' }, Body: DataCell },
    { id: 'preprocessing', title: { en: 'Preprocessing: standardise each time step', ja: '前処理：時刻ごとの標準化' }, Body: PreprocessingCell },
    { id: 'model', title: { en: 'Model', ja: 'モデル' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train on everything', ja: 'すべてのデータで学習' }, Body: TrainCell },
    { id: 'histogram', title: { en: 'Error histogram: two tails', ja: '誤差のヒストグラム：両側の裾' }, Body: HistogramCell },
    { id: 'viewer', title: { en: 'Series viewer', ja: '系列ビューア' }, Body: ViewerCell },
    { id: 'roc', title: { en: 'ROC per anomaly group', ja: '異常グループごとの ROC' }, Body: RocCell },
    { id: 'byo', title: { en: 'Bring your own CSV', ja: '自分の CSV で試す' }, Body: ByoCell },
  ],
  useStale,
  runAll: actions.runAll,
  useBusy: () => useLesson((s) => s.busy || s.training.status === 'running'),
};
