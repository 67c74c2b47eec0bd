import type { WeightSpec } from '../../core/model-io/model-files';
import type { Localized } from '../../i18n/lang';
import { problem, type Problem } from '../settings/problem';
import { decodeSettings } from '../settings/settings-codec';
import { defaultsOf, type SettingsTable } from '../settings/settings-table';
import type { TrainingState } from '../training-state';
import { IDLE_TRAINING } from '../training-state';
import type { CapturedRun, RunMeta } from './run-record';

/** One row of the scores CSV. */
export interface ScoreRow {
  id: string | number;
  label: number;
  score: number;
  /** 1 = flagged as an anomaly at the current threshold. */
  prediction: number;
}

/** The model a lesson builds from settings, as model files describe it. */
export interface ModelShape {
  /** e.g. "dense-ae 784-392-64-392-784 relu/relu/sigmoid". */
  architecture: string;
  /** Keras/TF.js topology, or a description of the app's own model. */
  topology: object;
  /** Names and shapes of the weights, in the job's order; null when only the model itself can check them. */
  specs: WeightSpec[] | null;
}

/** What a run is reopened with, besides its settings and weights. */
export interface ReopenFacts {
  trainLoss: number[];
  valLoss: number[];
  stop: RunMeta['stop'];
  epochsRun: number;
  secondsPerEpoch: number;
  /** When it was trained (null for a model file without a date). */
  date: number | null;
}

/**
 * How a lesson plugs into the runs mechanism: its settings, what a finished
 * run is, how a kept run or a model file is reopened, and what it exports.
 * `S` is the lesson store's state.
 */
export interface RunsAdapter<S> {
  lessonId: string;
  table: SettingsTable;
  /** The current settings as the table's values. */
  values(s: S): Record<string, unknown>;
  /** The run of the current result (null when there is none), called once after training. */
  capture(s: S): CapturedRun | null;
  /** The result the store holds (a new object means a new run or a reopened one). */
  result(s: S): object | null;
  /** Applies `values`, loads their data and recomputes the result from `weights` in the worker. Throws a problem. */
  reopen(values: Record<string, unknown>, weights: Float32Array[], facts: ReopenFacts): Promise<void>;
  /** Starts training with `values` (the same seed gives the same initial weights). */
  rerun(values: Record<string, unknown>): Promise<void>;
  /** The model the settings build. */
  model(values: Record<string, unknown>): ModelShape;
  /** The current result's weights, or null. */
  weights(s: S): Float32Array[] | null;
  /** Headers of the AUC, AP and best-F1 columns when they need to say whose scores they are (e.g. one of two methods); absent = the plain headers. */
  headlineLabels?: Record<'auc' | 'ap' | 'f1', Localized>;
  /** Says under the runs table whose scores the AUC, AP and best-F1 columns and the compared curves are (e.g. the first of a run's models); absent = nothing. */
  headlineNote?: Localized;
  /** Header of the epochs-run column when a setting's column could be confused with it (e.g. epochs per model); absent = the plain header. */
  epochsLabel?: Localized;
  /** Decimals of the AUC and AP columns (default 4), for a lesson whose own numbers show fewer. */
  headlineDigits?: number;
  /** The lesson's own numbers in the runs table, in order. */
  ownMetrics: { key: string; label: Localized; digits?: number }[];
  /** Per test sample: id, label, score and prediction at the current threshold. */
  scoreRows(s: S): ScoreRow[] | null;
  /** Whether a run may be reopened or run again (e.g. not one trained on a file that is gone). Null = yes, else the problem (or its code). */
  reopenProblem?(run: RunMeta, s: S): string | Problem | null;
  /** True while training runs (reopening then would stop it). */
  busy(s: S): boolean;
  /**
   * For a lesson that never keeps trained weights: the Runs cell's introduction, saying so. The cell then
   * offers no keep-weights choice, model download or opening, and no Reopen (Re-run stays).
   */
  noWeights?: Localized;
}

/** Training progress as the train panel shows a reopened run: done, with its loss curves and how it ended. */
export function restoredTraining(f: ReopenFacts): TrainingState {
  return {
    ...IDLE_TRAINING,
    status: 'done',
    epoch: f.epochsRun,
    epochs: f.epochsRun,
    trainLoss: [...f.trainLoss],
    valLoss: [...f.valLoss],
    bestEpoch: f.stop?.heldEpoch ?? null,
    stop: f.stop,
  };
}

/** How a reopened run ended, as a lesson result's run summary says it. */
export function runSummary(f: ReopenFacts): { stopReason: NonNullable<RunMeta['stop']>['reason']; secondsPerEpoch: number; epochsRun: number } {
  return { stopReason: f.stop?.reason ?? 'completed', secondsPerEpoch: f.secondsPerEpoch, epochsRun: f.epochsRun };
}

/**
 * A full set of the table's values from text pairs (a model file's settings):
 * defaults for what is missing; any refused value is the problem `model-settings`.
 */
export function valuesFromText(table: SettingsTable, pairs: Record<string, string>): Record<string, unknown> {
  const decoded = decodeSettings(table, Object.entries(pairs));
  if (decoded.refused.length > 0) throw problemError(problem('model-settings', { key: decoded.refused[0].values?.key ?? '' }));
  return { ...defaultsOf(table), ...decoded.values };
}

/** An Error that carries a notebook problem (read back by `failure`). */
export function problemError(p: { code: string; values?: Record<string, unknown> }): Error {
  return Object.assign(new Error(`problem:${p.code} ${JSON.stringify(p.values ?? {})}`), { name: 'ProblemError' });
}

/** The captured run's settings for a table: only the table's keys, in its order. */
export function tableValues(table: SettingsTable, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(table).map((k) => [k, values[k]]));
}

