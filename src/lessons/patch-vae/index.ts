import { instanceModule } from '../../notebook/lesson-instance';
import { keyedStaleness } from '../../notebook/lesson-module';
import { CELL_TITLE } from '../../notebook/notebook-text';
import '../../notebook/notebook.css';
import { CompareCell } from './cells/compare-cell';
import { DataCell } from './cells/data-cell';
import { LatentCell } from './cells/latent-cell';
import { ModelCell } from './cells/model-cell';
import { PatchesCell } from './cells/patches-cell';
import { ScoringCell } from './cells/scoring-cell';
import { TrainCell } from './cells/train-cell';
import { TryCell } from './cells/try-cell';
import { patchVae } from './instance';
import { dataKey, trainKey } from './keys';
import { RunsCell } from './runs';
import { RUNS_CELL_TITLE } from '../../notebook/runs/connect-runs';

/** Lesson 4: patch VAE with a variance-predicting decoder (seed 004), MNIST 1 vs 9 or Fashion sneaker vs ankle boot. */
export const lesson = instanceModule(
  patchVae,
  [
    { id: 'data', title: CELL_TITLE.data, Body: DataCell, staleWhen: 'data' },
    { id: 'patches', title: { en: 'Patches', ja: 'パッチ' }, Body: PatchesCell, staleWhen: 'data' },
    { id: 'model', title: CELL_TITLE.model, Body: ModelCell },
    { id: 'train', title: CELL_TITLE.train, Body: TrainCell, staleWhen: 'train' },
    { id: 'runs', title: RUNS_CELL_TITLE, Body: RunsCell },
    { id: 'latent', title: { en: 'Latent space', ja: '潜在空間' }, Body: LatentCell, staleWhen: 'train' },
    { id: 'scoring', title: { en: 'Scoring every window, batched', ja: '全窓をまとめて採点' }, Body: ScoringCell, staleWhen: 'train' },
    { id: 'compare', title: { en: 'Old score vs new score', ja: '旧スコアと新スコアの比較' }, Body: CompareCell, staleWhen: 'train' },
    { id: 'try', title: { en: 'Try it', ja: '試してみる' }, Body: TryCell },
  ],
  keyedStaleness(dataKey, trainKey),
);
