/**
 * Input, result and progress of the "from PCA to a convolutional autoencoder"
 * lesson job (seed 003, faces with and without glasses). Plain data only: no
 * tensors, no functions, so it crosses the worker boundary as it is.
 *
 * Images are square grayscale, `size`² pixels in [0, 1], row-major; a set of
 * n images is one Float32Array [n, size²].
 */
import type { RocPoints } from '../inspection/pixel-metrics';
import type { TrainSummary } from '../train/train-job';
import type { JobEvent } from './job-events';

/** The CC0 DiceBear styles the built-in faces are drawn in. */
export const FACE_STYLES = ['lorelei', 'notionists', 'open-peeps'] as const;
export type FaceStyle = (typeof FACE_STYLES)[number];

/** 'hard': small shifts, thin or low-contrast frames, every hair style. */
export const FACE_VARIANTS = ['normal', 'hard'] as const;
export type FaceVariant = (typeof FACE_VARIANTS)[number];

/** Side of every face image, in pixels. */
export const FACE_SIZE = 64;

/**
 * What identifies the faces of a learner's folder and how they were split, so a
 * kept run can tell whether the folder open now holds the same data.
 */
export interface FaceFolderPrint {
  /** Image files read. */
  images: number;
  /** Hash of the image files' paths and sizes, in path order (hex). */
  files: string;
  /** The seed the faces without glasses were split with. */
  seed: number;
  /** Hash of each image's part: training face, test normal or test anomaly (hex). */
  split: string;
}

/** Where the images came from (provenance for the runs table; the job does not load anything). */
export type FaceSource =
  | { kind: 'builtin'; style: FaceStyle; variant: FaceVariant }
  /** A learner's folder; `testNames[i]` is the file of test image i. */
  | { kind: 'folder'; testNames: string[]; print: FaceFolderPrint };

/** The images of one run. */
export interface FaceData {
  /** Side of the square images (the built-in faces: {@link FACE_SIZE}; a multiple of 16 for the AE). */
  size: number;
  /** Training normals (faces without glasses) [nTrain, size²]. PCA and the AE both fit on these only. */
  train: Float32Array;
  /** Test images [nTest, size²]. */
  test: Float32Array;
  /** [nTest]: 0 = normal (no glasses), 1 = anomaly (glasses). */
  testLabels: Uint8Array;
  /**
   * Exact glasses masks [nTest, size²], 1 = glasses pixel (all 0 for normals),
   * or null when there are none (a learner's folder): then no pixel metrics.
   */
  testMasks: Uint8Array | null;
  source: FaceSource;
}

/** PCA settings. */
export interface PcaSettings {
  /** Components used for the scores and reconstructions, 1..maxComponents. */
  k: number;
  /** Components computed and returned (the k slider's range), 1..min(nTrain − 1, size²). */
  maxComponents: number;
}

/** Conv AE settings (MSE loss; the shared conv op of the SSIM lesson). */
export interface ConvAeSettings {
  /** Bottleneck size, ≥ 1 (matched with PCA's k in the comparison). */
  latent: number;
  /** Stride-2 stages, 1..4: the bottleneck map is size / 2^depth. */
  depth: number;
  /** Channel multiplier of the SSIM lesson's model (1 = the paper's 32–128 channels), > 0. */
  width: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
}

/** Input of the `conv-ae-pca` job. */
export interface ConvAePcaJobInput {
  data: FaceData;
  pca: PcaSettings;
  ae: ConvAeSettings;
  /** Seed of the AE's initial weights and batch shuffles. */
  seed: number;
  /** Skip the AE (PCA only, a few seconds). Default false. */
  pcaOnly?: boolean;
  /** How many "hardest normals" (highest-scoring normal test images) to list per method. Default 8. */
  hardestCount?: number;
  /**
   * Trained weights of the AE for `ae`'s architecture (`ConvAutoencoder.getWeights()` order: a kept
   * run's or a model file's): the AE is rebuilt from them and scored instead of trained; its result
   * then has no training facts (no epochs). Read, not kept.
   */
  weights?: Float32Array[];
}

/** How well one method's scores and maps find the glasses. */
export interface MethodEvaluation {
  /** Image score of every test image (sum of squared residuals over the pixels), in `test` order. */
  scores: Float64Array;
  /** Image ROC AUC, glasses = positive, in [0, 1]. */
  auc: number;
  /** Image ROC points for plotting. */
  roc: RocPoints;
  /**
   * Pixel ROC AUC of |input − reconstruction|: glasses pixels (inside the masks)
   * against every other pixel of every test image. NaN without masks.
   */
  pixelAuc: number;
  /** The same on the anomaly images only: inside their mask against outside it. NaN without masks. */
  pixelAucAnomalies: number;
  /** Pixel ROC points (thinned) for plotting; empty without masks. */
  pixelRoc: RocPoints;
  /** Mean |difference| inside the glasses masks (NaN without masks). */
  meanDiffInside: number;
  /** Mean |difference| outside them, over all test images (NaN without masks). */
  meanDiffOutside: number;
  /** Indices into `test` of the highest-scoring normals, highest first. */
  hardestNormals: number[];
  /** Reconstructions of the test images [nTest, size²]. */
  reconstructions: Float32Array;
  /** |input − reconstruction| of the test images [nTest, size²]. */
  diffs: Float32Array;
}

/** PCA fitted on the training normals. */
export interface PcaResult {
  /** Mean face [size²]. */
  mean: Float32Array;
  /** Unit-norm principal axes ("eigenfaces") [maxComponents, size²], by decreasing variance; sign as computed. */
  components: Float32Array;
  /** Variance along each component (eigenvalue of the covariance, divisor nTrain − 1) [maxComponents]. */
  variances: Float64Array;
  /** Fraction of the total variance per component [maxComponents]. */
  explainedVarianceRatio: Float64Array;
  /** Cumulative fraction for k = 1..maxComponents [maxComponents]. */
  cumulativeExplained: Float64Array;
  /** Coordinates of each test image on the components [nTest, maxComponents]: a page rebuilds any k ≤ max without the worker. */
  testCodes: Float32Array;
  /** Squared distance of each test image to the mean [nTest] (score at k is this minus the first k codes²). */
  testCentredNorms: Float64Array;
  /** Image AUC for k = 1..maxComponents [maxComponents]. */
  aucByK: Float64Array;
  /** The chosen k's evaluation. */
  evaluation: MethodEvaluation;
  /** Seconds to fit, project and score. */
  seconds: number;
}

/** The trained conv AE: its training summary (losses per epoch, stop, s/epoch) and evaluation. */
export interface ConvAeResult extends TrainSummary {
  evaluation: MethodEvaluation;
  /** Trained weights (`ConvAutoencoder.getWeights()` order). */
  weights: Float32Array[];
  parameters: number;
}

/** Plain-data result of the `conv-ae-pca` job. */
export interface ConvAePcaJobResult {
  size: number;
  pca: PcaResult;
  /** Null when the input asked for PCA only. */
  ae: ConvAeResult | null;
  /** Total seconds of the job. */
  seconds: number;
  backend: string;
}

/** Phases of the job's `eval` progress events, in order: 'pca' (done/total = steps), AE training events, 'ae-scoring' (done/total = test images), 'metrics'. */
export const CONV_AE_PCA_PHASES = ['pca', 'ae-scoring', 'metrics'] as const;
export type ConvAePcaPhase = (typeof CONV_AE_PCA_PHASES)[number];

/** What the job yields: the shared {@link JobEvent}s (training events of the AE; `eval` with a {@link ConvAePcaPhase}). */
export type ConvAePcaEvent = JobEvent;
