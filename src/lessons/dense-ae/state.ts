import type { ImageSplit } from '../../core/data/class-split';
import type { ReconstructionScores, ScoreKind } from '../../core/score/reconstruction-scores';
import type { StopReason } from '../../core/train/train-events';
import type { DenseAeParams, NumberParam } from './params';

/** Loaded data and what it was loaded for. */
export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  split: ImageSplit | null;
  /** A few raw images per group for the sample grid, [n, 784] in [0, 1]. */
  samples: { normal: Float32Array[]; anomaly: Float32Array[] } | null;
  key: string | null;
}

/** Live training progress. */
export interface TrainingState {
  status: 'idle' | 'running' | 'done' | 'error';
  error: string | null;
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  epochs: number;
  elapsedSeconds: number;
  trainLoss: number[];
  valLoss: number[];
  bestEpoch: number | null;
  message: string | null;
}

/** A trained model's scores, with everything a result cell needs. Plain data. */
export interface DenseAeResult {
  key: string;
  test: ReconstructionScores;
  val: ReconstructionScores;
  reconstructions: Float32Array;
  testX: Float32Array;
  labels: Uint8Array;
  classes: Uint8Array;
  stopReason: StopReason;
  secondsPerEpoch: number;
  epochsRun: number;
  backend: string;
}

/** The whole state of one lesson-1 notebook. */
export interface DenseAeState {
  params: DenseAeParams;
  /** Text the learner typed that is not (yet) a valid value; the last valid value stays in `params`. */
  drafts: Partial<Record<NumberParam, { raw: string; error: string }>>;
  data: DataState;
  training: TrainingState;
  result: DenseAeResult | null;
  view: {
    scoreKind: ScoreKind;
    threshold: number | null;
    gridFilter: 'normals' | 'anomalies' | 'hardest-normals' | 'hidden-anomalies';
    logY: boolean;
  };
  busy: boolean;
}

export const IDLE_TRAINING: TrainingState = {
  status: 'idle',
  error: null,
  epoch: 0,
  batch: 0,
  batchesPerEpoch: 0,
  epochs: 0,
  elapsedSeconds: 0,
  trainLoss: [],
  valLoss: [],
  bestEpoch: null,
  message: null,
};
