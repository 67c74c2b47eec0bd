import type { LessonModule } from '../../notebook/lesson-types';
import '../../notebook/notebook.css';
import { CompareCell } from './cells/compare-cell';
import { DataCell } from './cells/data-cell';
import { LatentCell } from './cells/latent-cell';
import { ModelCell } from './cells/model-cell';
import { PatchesCell } from './cells/patches-cell';
import { ScoringCell } from './cells/scoring-cell';
import { TrainCell } from './cells/train-cell';
import { TryCell } from './cells/try-cell';
import { actions, useLesson } from './instance';
import { dataKey, trainKey } from './keys';

function useStale(): Record<string, boolean> {
  const params = useLesson((s) => s.params);
  const dataLoaded = useLesson((s) => s.data.key);
  const trained = useLesson((s) => s.result?.key ?? null);
  const dataStale = dataLoaded !== null && dataLoaded !== dataKey(params);
  const trainStale = trained !== null && trained !== trainKey(params);
  return { data: dataStale, patches: dataStale, model: false, train: trainStale, latent: trainStale, scoring: trainStale, compare: trainStale, try: false };
}

/** Lesson 4: patch VAE with a variance-predicting decoder (seed 004), MNIST 1 vs 9 or Fashion sneaker vs ankle boot. */
export const lesson: LessonModule = {
  cells: [
    { id: 'data', title: { en: 'Data', ja: 'データ' }, Body: DataCell },
    { id: 'patches', title: { en: 'Patches', ja: 'パッチ' }, Body: PatchesCell },
    { id: 'model', title: { en: 'Model', ja: 'モデル' }, Body: ModelCell },
    { id: 'train', title: { en: 'Train', ja: '学習' }, Body: TrainCell },
    { id: 'latent', title: { en: 'Latent space', ja: '潜在空間' }, Body: LatentCell },
    { id: 'scoring', title: { en: 'Scoring every window, batched', ja: '全窓をまとめて採点' }, Body: ScoringCell },
    { id: 'compare', title: { en: 'Old score vs new score', ja: '旧スコアと新スコアの比較' }, Body: CompareCell },
    { id: 'try', title: { en: 'Try it', ja: '試してみる' }, Body: TryCell },
  ],
  useStale,
  runAll: actions.runAll,
  useBusy: () => useLesson((s) => s.busy || s.training.status === 'running'),
};
