import type { StoreApi } from 'zustand/vanilla';
import type { DenseAeConfig } from '../../core/model/dense-ae-architecture';
import { denseAeArchitecture, denseAeTopology, denseAeWeightSpecs } from '../../core/model-io/dense-ae-topology';
import { scoreCurves } from '../../core/runs/run-curves';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import type { JobName, JobTypes } from '../../worker/jobs';
import { sharedTrainingClient } from '../../worker/shared-client';
import { problem, type Problem } from '../settings/problem';
import type { SettingsTable } from '../settings/settings-table';
import type { TrainingState } from '../training-state';
import type { CapturedRun } from './run-record';
import { problemError, type ModelShape, type RunsAdapter, type ScoreRow } from './runs-adapter';

/** The state most lesson stores have: flat params, a result holding its weights, training progress and Run all. */
export interface AdaptableState {
  params: object;
  drafts: object;
  result: { weights?: Float32Array[] | null } | null;
  training: Pick<TrainingState, 'status' | 'trainLoss' | 'valLoss' | 'stop'>;
  busy: boolean;
}

/**
 * The adapter fields most lessons share: the settings are the store's params,
 * the result and its weights are `s.result`'s, and the lesson is busy while it
 * trains or runs all.
 */
export function storeAdapter<S extends AdaptableState>(lessonId: string, table: SettingsTable): Pick<RunsAdapter<S>, 'lessonId' | 'table' | 'values' | 'result' | 'busy' | 'weights'> {
  return {
    lessonId,
    table,
    values: (s) => s.params as Record<string, unknown>,
    result: (s) => s.result,
    busy: (s) => s.training.status === 'running' || s.busy,
    weights: (s) => s.result?.weights ?? null,
  };
}

/** What a finished run was: its facts from `r`, its headline metrics and curves from `scores` and `labels`, its loss curves and stop from `training` (the training state, or the trained model's summary). */
export function capturedRun(
  training: Pick<TrainingState, 'trainLoss' | 'valLoss' | 'stop'>,
  r: { backend: string; epochsRun: number; secondsPerEpoch: number; weights?: Float32Array[] | null },
  run: { settings: Record<string, unknown>; seed: number; scores: Float32Array; labels: Uint8Array; own: Record<string, number | null>; valLoss?: number[]; extra?: CapturedRun['extra'] },
): CapturedRun {
  const { headline, curves } = scoreCurves(run.scores, run.labels);
  return {
    settings: run.settings,
    seed: run.seed,
    backend: r.backend,
    epochsRun: r.epochsRun,
    secondsPerEpoch: r.secondsPerEpoch,
    metrics: { auc: headline.auc, ap: headline.ap, bestF1: headline.bestF1, own: run.own },
    trainLoss: [...training.trainLoss],
    valLoss: [...(run.valLoss ?? training.valLoss)],
    curves,
    stop: training.stop,
    scores: run.scores,
    labels: run.labels,
    weights: r.weights ?? null,
    ...(run.extra ? { extra: run.extra } : {}),
  };
}

/**
 * A lesson's `capture` that hands each result over once: for lessons whose
 * `result` can give an earlier result back (it shows again after a cancelled
 * run), so that it is not kept as a run twice. `capture` builds the run of `r`.
 */
export function captureOnce<S, R extends object>(resultOf: (s: S) => R | null, capture: (r: R, s: S) => CapturedRun | null): (s: S) => CapturedRun | null {
  const kept = new WeakSet<R>();
  return (s) => {
    const r = resultOf(s);
    if (!r || kept.has(r)) return null;
    kept.add(r);
    return capture(r, s);
  };
}

/** Sets a reopened run's settings (drafts cleared) and loads its data; throws the data's problem (else `fallback`) when loading fails. */
export async function applyAndLoad<S extends { params: object; drafts: object; data: { error: Problem | null } }>(
  store: StoreApi<S>,
  params: S['params'],
  load: () => boolean | Promise<boolean>,
  fallback = 'failed',
): Promise<void> {
  store.setState({ params, drafts: {} } as Partial<S>);
  if (!(await load())) throw problemError(store.getState().data.error ?? problem(fallback, { text: '' }));
}

/** A run's settings applied (drafts cleared), then trained: the same seed gives the same initial weights. */
export async function rerunWith<S extends { params: object; drafts: object }>(store: StoreApi<S>, params: S['params'], train: () => Promise<void>): Promise<void> {
  store.setState({ params, drafts: {} } as Partial<S>);
  await train();
}

/** Runs a score job on the app's training worker with the chosen backend; resolves to its result. */
export function runScoreJob<K extends JobName>(job: K, input: JobTypes[K]['input']): Promise<JobTypes[K]['result']> {
  return sharedTrainingClient.run(job, input, getBackendPreference(), { onBackend: setBackendReport }).result;
}

/** `chosen`, kept within `[min, max]` (`max` when it is not a number): the threshold a result cell shows. */
export function clampThreshold(chosen: number, min: number, max: number): number {
  return Number.isFinite(chosen) ? Math.min(max, Math.max(min, chosen)) : max;
}

/** The scores CSV rows at `threshold`: score ≥ threshold is flagged as an anomaly. Each row's id is `ids[i]` (e.g. a learner's file name), else its index. */
export function thresholdRows(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number, ids: readonly string[] | null = null): ScoreRow[] {
  return Array.from(scores, (score, i) => ({ id: ids?.[i] ?? i, label: labels[i], score, prediction: score >= threshold ? 1 : 0 }));
}

/** The model files' description of a dense autoencoder. */
export function denseModelShape(config: DenseAeConfig): ModelShape {
  return { architecture: denseAeArchitecture(config), topology: denseAeTopology(config), specs: denseAeWeightSpecs(config) };
}
