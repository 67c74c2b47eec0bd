import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { ByoCell } from './cells/byo-cell';
import { DataCell } from './cells/data-cell';
import { MapsCell } from './cells/maps-cell';
import { MetricsCell } from './cells/metrics-cell';
import { ModelCell } from './cells/model-cell';
import { PaperCell } from './cells/paper-cell';
import { SsimCell } from './cells/ssim-cell';
import { TrainCell } from './cells/train-cell';
import { ssimAe } from './instance';
import { dataKey, trainKey } from './keys';
import { loadedKey, mvtecInUse } from './mvtec-action';
import { RunsCell } from './runs';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';

/** Lesson 3: the SSIM autoencoder of Bergmann et al. on textures, with pixel-level defect maps (post 001, first half). */
export const lesson = instanceModule(
  ssimAe,
  [
    { id: 'ssim', title: { en: 'SSIM explained, live', ja: 'SSIM を目で見る' }, Body: SsimCell },
    { id: 'data', title: { en: 'Data: textures and synthetic defects', ja: 'データ：テクスチャと合成欠陥' }, Body: DataCell, staleWhen: 'data' },
    { id: 'model', title: { en: 'Model: the convolutional autoencoder', ja: 'モデル：畳み込みオートエンコーダ' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train with SSIM, then with L2', ja: 'SSIM で学習し、次に L2 で学習' }, Body: TrainCell, staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'maps', title: { en: 'Anomaly maps', ja: '異常度マップ' }, Body: MapsCell, staleWhen: 'train' },
    { id: 'metrics', title: { en: 'Metrics: pixels, regions, images', ja: '評価：画素・領域・画像' }, Body: MetricsCell, staleWhen: 'train' },
    { id: 'paper', title: { en: 'Against the paper', ja: '論文との比較' }, Body: PaperCell, staleWhen: 'train' },
    { id: 'byo', title: { en: 'Bring your own MVTec AD folder', ja: '自分の MVTec AD フォルダで試す' }, Body: ByoCell },
  ],
  // A learner's MVTec folder never goes stale: only texture crops depend on the data settings.
  keyedStaleness(dataKey, trainKey, { inUse: mvtecInUse, loadedKey }),
);
