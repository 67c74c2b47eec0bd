import type { MetricLearningData, MetricLearningJobResult } from '../../core/pipeline/metric-learning-types';
import type { ImageDataState } from '../../notebook/image-data-loader';
import type { ParamState } from '../../notebook/param-slice';
import type { TrainingState } from '../../notebook/training-state';
import type { FolderState } from '../../notebook/folder-request';
import type { MvtecProblem } from '../../notebook/mvtec/mvtec-request';
import type { BackboneState } from './backbone';
import type { MetricParams, NumberParam } from './params';

/** Loaded images: the normal/anomaly split (for the shared load row) and the job's data. */
export interface DataState extends ImageDataState {
  data: MetricLearningData | null;
  /** Reference images kept per reference class. */
  referenceCounts: number[];
}

/** A finished run: the job's result and what it was trained on. Plain data. */
export interface MetricResult extends MetricLearningJobResult {
  /** The train key of the settings it was trained with. */
  key: string;
  /** The images it was trained and scored on (the data may have changed since). */
  data: MetricLearningData;
  /** The learner's MVTec folder it was trained on, or null for built-in data. */
  folder: string | null;
}

/** Which score the result cells show. */
export type ScoreSource = 'lof' | 'knn' | 'raw-knn';

/**
 * Progress of a run: which model of the ensemble trains, and the accuracy per epoch beside the loss.
 * The shared fields count the whole run (`epochs` = models × epochs per model, `epoch` across the
 * models, `elapsedSeconds` since the run started), so the panel's bar and remaining time cover every
 * model; the loss curve and the best epoch are the current model's.
 */
export interface MetricTraining extends TrainingState {
  model: number;
  models: number;
  /** Epochs each model trains (the settings' epochs). */
  modelEpochs: number;
  phase: string;
  accuracy: number[];
}

/** The whole state of one metric-learning notebook. */
export interface MetricState extends ParamState<MetricParams, NumberParam> {
  data: DataState;
  training: MetricTraining;
  result: MetricResult | null;
  backbone: BackboneState;
  /** The learner's MVTec AD folder, if one was opened. */
  mvtec: FolderState<MvtecProblem>;
  view: {
    source: ScoreSource;
    /** null = the ensemble; else the model's index. */
    model: number | null;
    threshold: number | null;
    /** Projected point whose image is shown, or null. */
    picked: number | null;
  };
  busy: boolean;
}
