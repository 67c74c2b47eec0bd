/**
 * Plain-data shapes of the metric-learning lesson (seed 001, second half):
 * what the page or `npm run eval` hands the job, what the job yields while it
 * runs and what it returns. No tensors, no classes, no English.
 */
import type { PretrainedFiles, PretrainedMode } from '../model/pretrained-backbone';
import type { JobEvent } from './job-events';

/** Where the lesson's images come from (kept with a run; the job itself reads only {@link MetricLearningData}). */
export type MetricDatasetSpec =
  | {
      kind: 'fashion';
      /** Fashion-MNIST classes that are normal (the seed: [7], sneaker). */
      normal: number[];
      /** Classes that are anomalies (the seed: [9], ankle boot). */
      anomaly: number[];
      /** Classes used as reference data (default: every other class). */
      reference: number[];
      /** Training images per reference class, 0 (none: an ablation) .. 6000. */
      referencePerClass: number;
    }
  | {
      kind: 'texture';
      /** Built-in texture name (e.g. 'grass'); its synthetic defects are the anomalies. */
      texture: string;
      /** Reference = crops of the other built-in textures. */
      reference: string[];
      /** Crops per reference texture, 0 = none. */
      referencePerClass: number;
    }
  | {
      kind: 'mvtec';
      /** The MVTec AD category folder's name. */
      category: string;
      /** Reference = crops of the built-in textures. */
      reference: string[];
      referencePerClass: number;
    };

/**
 * The images a job trains and tests on: square grayscale images of `size`²
 * pixels in [0, 1], row-major. Build it with `metric-learning-data.ts`.
 */
export interface MetricLearningData {
  /** Image side in pixels (28 for Fashion-MNIST, the crop side for textures). */
  size: number;
  /** Training images [nTrain, size²]: the normal class first, then the reference images. */
  trainX: Float32Array;
  /** [nTrain]: 0 = normal, k ≥ 1 = the k-th reference class (index into `classNames`). */
  trainClasses: Int32Array;
  /** Names of the classifier's classes: index 0 is the normal class ('7', 'grass', …). */
  classNames: string[];
  /** Held-out normal images [nVal, size²]: they choose the TPR/TNR threshold only. */
  validation: Float32Array;
  /** Test images [nTest, size²]: normals first, then anomalies. */
  testX: Float32Array;
  /** [nTest]: 1 = anomaly, 0 = normal. */
  testLabels: Uint8Array;
}

/** Scale of the L2-softmax head (Ranjan et al. 2017): fixed, or a trained scalar starting at `value`. */
export interface AlphaSetting {
  mode: 'fixed' | 'learned';
  /** α > 0 (the PyTorch reference: 16). */
  value: number;
}

/** Model and training settings of the job (the lesson's settings table fills them). */
export interface MetricModelSettings {
  /** Embedding size after global average pooling (the reference: 128). */
  embeddingSize: number;
  alpha: AlphaSetting;
  /** 'sgd' = SGD with momentum 0.9 (the seed), or 'adam'. */
  optimizer: 'sgd' | 'adam';
  learningRate: number;
  epochs: number;
  batchSize: number;
  /** Model i (0-based) uses seed `seed + i` for its weights and shuffles. */
  seed: number;
  /** Models trained and averaged into the ensemble (default 3). */
  models: number;
  /** Side the backbone sees; must equal `data.size` (build the data at this size). */
  inputSize: number;
  /** Neighbours k of LOF and kNN (scikit-learn's default: 20). */
  neighbors: number;
  /** MobileNetV2 width multiplier (the seed: 0.5). */
  width: number;
}

/** Input of the 'metric-learning' job. */
export interface MetricLearningJobInput {
  dataset: MetricDatasetSpec;
  data: MetricLearningData;
  model: MetricModelSettings;
  /** Fraction of validation normals passed at the TPR/TNR threshold (e.g. 0.95). */
  validationQuantile: number;
  /** Return each model's normalised test and fit embeddings (large; for recomputing scores in the page). */
  keepEmbeddings?: boolean;
  /** A pretrained backbone in place of the MobileNetV2 from scratch (`model.width` is then unused). */
  backbone?: { name: string; mode: PretrainedMode; files: PretrainedFiles };
}

/** The pretrained backbone a run used. */
export interface BackboneUsed {
  name: string;
  mode: PretrainedMode;
  /** [height, width, channels] it was fed. */
  input: [number, number, number];
  /** Features after pooling. */
  channels: number;
}

/** A test score set with its AUC; higher = more anomalous. */
export interface ScoreSet {
  /** [nTest], in `data.testX` order. */
  scores: Float32Array;
  /** ROC AUC against `testLabels`. */
  auc: number;
}

/** What one trained model gives. */
export interface MetricModelResult {
  /** Seed of this model (`settings.seed + index`). */
  seed: number;
  /** LOF (novelty mode): −score_samples, i.e. the local outlier factor. */
  lof: ScoreSet;
  /** kNN distance ({@link KNN_SCORE_NOTE}). */
  knn: ScoreSet;
  /** Mean training loss per epoch. */
  loss: number[];
  /** Training classification accuracy per epoch, in [0, 1]. */
  accuracy: number[];
  /** α at the end of training (equals the setting when fixed). */
  alpha: number;
  /** Mean cosine distance between test embeddings, in [0, 2]; near 0 = collapsed. */
  embeddingSpread: number;
  /** True when `embeddingSpread` is below {@link COLLAPSE_SPREAD}: the scores are not to be trusted. */
  collapsed: boolean;
  epochsRun: number;
  secondsPerEpoch: number;
  /** Normalised embeddings [nFit, embeddingSize] and [nTest, embeddingSize] when `keepEmbeddings`. */
  embeddings?: { fit: Float32Array; test: Float32Array };
}

/** kNN score: the mean Euclidean distance to the k nearest fit points. */
export const KNN_SCORE_NOTE = 'mean-distance';

/** Below this mean cosine distance between test embeddings a model counts as collapsed. */
export const COLLAPSE_SPREAD = 1e-3;

/** Which group a projected point belongs to. */
export type ProjectionGroup = 'normal-train' | 'reference' | 'test-normal' | 'test-anomaly';

/**
 * The first two principal components of the normalised embeddings of the
 * first model (fit on every point shown), for the embedding view. A subsample.
 */
export interface EmbeddingProjection {
  /** [n] x and y coordinates. */
  x: Float32Array;
  y: Float32Array;
  /** [n] group of each point. */
  group: ProjectionGroup[];
  /** [n] row of the point's image: into `trainX` for 'normal-train' and 'reference', into `testX` otherwise. */
  index: Int32Array;
  /** Fraction of variance the two axes explain. */
  explained: [number, number];
}

/** Plain-data result of the 'metric-learning' job. */
export interface MetricLearningJobResult {
  models: MetricModelResult[];
  /** Mean of each model's scores standardised on its fit set's own scores (LOF: negative_outlier_factor_). */
  ensemble: { lof: ScoreSet; knn: ScoreSet };
  /** kNN on raw pixels (the baseline, same k). */
  rawKnn: ScoreSet;
  /** [nTest] 1 = anomaly (a copy of `data.testLabels`). */
  testLabels: Uint8Array;
  /** The ensemble LOF threshold: the `validationQuantile` quantile of the validation normals' scores. */
  threshold: number;
  /** Fractions of test anomalies flagged and test normals passed at `threshold`. */
  tpr: number;
  tnr: number;
  projection: EmbeddingProjection;
  /** Mean over models. */
  secondsPerEpoch: number;
  epochs: number;
  backend: string;
  /** The pretrained backbone, or null for the MobileNetV2 from scratch. */
  backbone: BackboneUsed | null;
}

/**
 * Phases of the job's `{ type: 'eval' }` events. Before model i (0-based)
 * trains, the job yields `{ type: 'eval', phase: 'model', done: i, total: models }`;
 * that model's training events (start, batch, epoch, done) follow. Then
 * (and after each epoch `{ type: 'eval', phase: 'accuracy', done: correct,
 * total: nTrain }`, the epoch's training accuracy), then 'embed' and 'lof'
 * per model, and last 'raw-knn' and 'ensemble'.
 */
export const METRIC_PHASES = ['model', 'accuracy', 'embed', 'lof', 'raw-knn', 'ensemble'] as const;
export type MetricPhase = (typeof METRIC_PHASES)[number];

/** Progress of the job: the shared {@link JobEvent}s, with `phase` one of {@link METRIC_PHASES} on 'eval' events. */
export type MetricLearningEvent = JobEvent;
