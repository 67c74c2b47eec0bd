import type { ImageSplit } from '../../core/data/class-split';
import type { DenseAeScoreResult } from '../../core/pipeline/dense-ae-score-job';
import { runFacts, type RunSummary } from '../../notebook/training-state';
import type { DenseAeResult } from './state';

/** The lesson's result from a model's scores (after training, or reopened from its weights) and the split they scored. */
export function denseAeResult(
  key: string,
  scored: DenseAeScoreResult,
  split: Pick<ImageSplit, 'testX' | 'testLabels' | 'testClasses'>,
  weights: Float32Array[],
  run: Pick<RunSummary, 'stopReason' | 'secondsPerEpoch' | 'epochsRun'>,
): DenseAeResult {
  return {
    key,
    test: scored.test,
    val: scored.val,
    reconstructions: scored.reconstructions,
    testX: split.testX,
    labels: split.testLabels,
    classes: split.testClasses,
    weights,
    ...runFacts(run, scored.backend),
  };
}
