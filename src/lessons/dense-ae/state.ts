import type { ReconstructionScores, ScoreKind } from '../../core/score/reconstruction-scores';
import type { ImageDataState } from '../../notebook/image-data-loader';
import type { LessonState } from '../../notebook/lesson-core';
import type { RunSummary } from '../../notebook/training-state';
import type { DenseAeParams, NumberParam } from './params';

/** Loaded data and what it was loaded for. */
export interface DataState extends ImageDataState {
  /** A few raw images per group for the sample grid, [n, 784] in [0, 1]. */
  samples: { normal: Float32Array[]; anomaly: Float32Array[] } | null;
}

/** A trained model's scores, with everything a result cell needs. Plain data. */
export interface DenseAeResult extends RunSummary {
  test: ReconstructionScores;
  val: ReconstructionScores;
  reconstructions: Float32Array;
  testX: Float32Array;
  labels: Uint8Array;
  classes: Uint8Array;
  /** The trained weights (plain data), for reopening and downloading the model. */
  weights?: Float32Array[];
}

/** The whole state of one lesson-1 notebook. */
export interface DenseAeState extends LessonState<DenseAeParams, NumberParam, DenseAeResult> {
  data: DataState;
  view: {
    scoreKind: ScoreKind;
    threshold: number | null;
    gridFilter: 'normals' | 'anomalies' | 'hardest-normals' | 'hidden-anomalies';
    logY: boolean;
  };
}
