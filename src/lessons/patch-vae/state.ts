import type { LatentPicture } from '../../core/pipeline/patch-vae-latent';
import type { ImageDetail } from '../../core/pipeline/patch-vae-details';
import type { WindowScores } from '../../core/score/window-scores';
import type { ImageDataState } from '../../notebook/image-data-loader';
import type { LessonState } from '../../notebook/lesson-core';
import { IDLE_TRAINING, type RunSummary, type TrainingState } from '../../notebook/training-state';
import type { NumberParam, PatchVaeParams } from './params';
import type { Problem } from '../../notebook/settings/problem';

/** The two anomaly scores the lesson compares. */
export type ScoreKind = 'old' | 'new';

/** Loaded data and what it was loaded for: train normals, a held-out tenth of them (position statistics), test normals then anomalies. */
export type DataState = ImageDataState;

/** Live training progress: the shared train panel's fields, and the scoring that follows training. */
export interface PatchVaeTraining extends TrainingState {
  /** 'training' while epochs run, 'scoring' while every test window is scored. */
  phase: 'training' | 'scoring';
  /** Test images scored so far (during 'scoring'). */
  scored: number;
}

/** A trained model's results, plain data. */
export interface PatchVaeResult extends RunSummary {
  /** The settings it was trained with. */
  params: PatchVaeParams;
  test: WindowScores;
  /** Window scores of the held-out normals (per-position statistics); null when none were held out. */
  heldOut: WindowScores | null;
  details: ImageDetail[];
  latent: LatentPicture | null;
  /** Trained weights, for scoring drawings ("Try it"). */
  weights: Float32Array[];
  testX: Float32Array;
  labels: Uint8Array;
  classes: Uint8Array;
  trainLoss: number[];
  scoringSeconds: number;
  windows: number;
}

/** The "Try it" canvas and its last score. */
export interface TryState {
  status: 'idle' | 'running' | 'done' | 'error';
  /** Why the last score failed: `train-first`, `wait-training`, or what the worker reported. */
  error: Problem | null;
  /** The 28×28 picture being drawn, values in [0, 1]. */
  image: Float32Array;
  /** Which result's model scored `scored` (stale when the model changed). */
  resultKey: string | null;
  /** The last score: `image` is the picture it scored, which strokes made since (e.g. while training ran) leave behind `image` above. */
  scored: { image: Float32Array; scores: WindowScores; mu: Float32Array; sigma2: Float32Array } | null;
}

/** The whole state of one patch-VAE notebook. */
export interface PatchVaeState extends LessonState<PatchVaeParams, NumberParam, PatchVaeResult, PatchVaeTraining> {
  data: DataState;
  tryIt: TryState;
  view: {
    scoreKind: ScoreKind;
    /** Threshold per score (null = best F1). */
    threshold: Record<ScoreKind, number | null>;
    /** The latent grid shows decoded μ or σ². */
    latentShow: 'mu' | 'sigma2';
    /** σ² floor of the new score (one of `SCORE_FLOORS`; 0 = the raw σ²). Changing it needs no retraining. */
    scoreFloor: number;
    /** Divide each window's score by the mean score at its position over held-out normals (no retraining). */
    positionNorm: boolean;
  };
}

/** Progress before any run. */
export const IDLE_PATCH_VAE_TRAINING: PatchVaeTraining = { ...IDLE_TRAINING, phase: 'training', scored: 0 };

/** Side of the images (MNIST and Fashion-MNIST). */
export const SIDE = 28;
