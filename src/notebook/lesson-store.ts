import type { StoreApi } from 'zustand/vanilla';
import type { BackendPreference } from '../core/backend/backend-choice';
import type { BackendReport } from '../worker/protocol';
import type { TrainingClient } from '../worker/training-client';
import type { Problem } from './settings/problem';

/** Getter and patching setter of a lesson store, as its action modules share them. */
export interface StoreAccess<S> {
  get(): S;
  set(patch: Partial<S>): void;
}

/** The `StoreAccess` of a zustand store. */
export function storeAccess<S>(store: StoreApi<S>): StoreAccess<S> {
  return { get: store.getState, set: (patch) => store.setState(patch) };
}

/** What every lesson store needs to train in the worker (real ones in the app, fakes in tests). */
export interface TrainingDeps {
  client: Pick<TrainingClient, 'run'>;
  backendPreference(): BackendPreference;
  onBackendReport(report: BackendReport): void;
  /** Milliseconds of a monotonic clock (default `performance.now`): a whole run's elapsed time. */
  now?(): number;
}

/** The text of an error of any kind, for the learner. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The first of the problems that block a run, or null when there is none (`train()` refuses to start with it). */
export function firstProblem(problems: Record<string, Problem>): Problem | null {
  return Object.values(problems)[0] ?? null;
}

/**
 * "Run all": runs `run` with `busy` set, and does nothing while it is already
 * busy (a second click while the first run is on its way).
 */
export function createRunAll(access: StoreAccess<{ busy: boolean }>, run: () => Promise<void>): () => Promise<void> {
  return async function runAll(): Promise<void> {
    if (access.get().busy) return;
    access.set({ busy: true });
    try {
      await run();
    } finally {
      access.set({ busy: false });
    }
  };
}
