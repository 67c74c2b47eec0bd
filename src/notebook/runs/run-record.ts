import type { PackedWeights, WeightPrecision } from '../../core/runs/weights-codec';
import type { ScoreCurves } from '../../core/runs/run-curves';
import type { TrainStop } from '../../core/train/train-events';

/** The headline numbers of a run: AUC, AP and best F1 of the lesson's main score, and the lesson's own. */
export interface RunMetrics {
  auc: number;
  ap: number;
  bestF1: number;
  /** The lesson's own numbers by key (its runs table's extra columns); null = not available. */
  own: Record<string, number | null>;
}

/** What a lesson hands over about a finished run (the store adds id, number, name, pin, date and sizes). */
export interface CapturedRun {
  /** The settings table's values the model was trained with. */
  settings: Record<string, unknown>;
  seed: number;
  backend: string;
  epochsRun: number;
  secondsPerEpoch: number;
  metrics: RunMetrics;
  trainLoss: number[];
  valLoss: number[];
  curves: ScoreCurves;
  stop: TrainStop | null;
  /** Test scores of the main score and their labels (1 = anomaly), in test order. */
  scores: Float32Array;
  labels: Uint8Array;
  /** The trained weights (plain data), or null when the lesson has none to give. */
  weights: Float32Array[] | null;
  /** Lesson-specific facts the restore needs (e.g. the data source); plain JSON. */
  extra?: Record<string, string | number | boolean | null>;
}

/** One kept run as the runs table lists it (without scores and weights). Plain data. */
export interface RunMeta extends Omit<CapturedRun, 'scores' | 'labels' | 'weights'> {
  id: string;
  lessonId: string;
  /** 1, 2, … per lesson, in the order runs were kept. */
  seq: number;
  /** The learner's name for it, or null (shown as "#seq"). */
  name: string | null;
  pinned: boolean;
  /** When it was kept, ms since 1970. */
  date: number;
  /** How its weights are kept, or null when they are not. */
  weightPrecision: WeightPrecision | null;
  weightBytes: number;
  /** Everything stored for this run, in bytes (meta, curves, scores, weights). */
  bytes: number;
}

/** The heavy part of a run, read only when reopened or exported. */
export interface RunPayload {
  id: string;
  scores: Float32Array;
  labels: Uint8Array;
  weights: PackedWeights | null;
}

/** The name a run is shown by: the learner's, else "#seq". */
export function runName(run: Pick<RunMeta, 'name' | 'seq'>): string {
  return run.name ?? `#${run.seq}`;
}
