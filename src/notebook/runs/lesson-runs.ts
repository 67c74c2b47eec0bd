import { createStore, type StoreApi } from 'zustand/vanilla';
import { unpackWeights, type WeightPrecision } from '../../core/runs/weights-codec';
import { failure, problem, type Problem } from '../settings/problem';
import type { RunMeta } from './run-record';
import type { RunStore } from './run-store';
import { problemError, type ReopenFacts, type RunsAdapter } from './runs-adapter';

/** Whether trained weights are kept with a run, and how. */
export type KeepWeights = WeightPrecision | 'off';

/** The runs cell's state. */
export interface RunsState {
  status: 'loading' | 'ready' | 'unavailable';
  /** The lesson's kept runs, newest first (in memory only when storage is unavailable). */
  runs: RunMeta[];
  /** Runs ticked for the overlay, in the order ticked. */
  chosen: string[];
  /** The run whose settings the others are compared with (the last reopened or ticked). */
  reference: string | null;
  keepWeights: KeepWeights;
  /** Bytes of every kept run of every lesson. */
  totalBytes: number;
  /** The last message: runs evicted, storage full, or a reopen or model-file problem. */
  notice: Problem | null;
  /** Set while a run or model file is being reopened. */
  reopening: boolean;
  /**
   * What the result on screen was reopened from (the "Restored run from …" banner), or null when it
   * was trained here. Cleared as soon as something later speaks: a refusal or other notice, a
   * re-run, a training that starts or fails, a new result.
   */
  restored: { kind: 'run'; date: number } | { kind: 'file'; name: string } | null;
  /** When the model on screen was trained, if it was reopened from a kept run (its model files say so); null once a new result is in. */
  reopenedDate: number | null;
}

/** The lesson's training status when its store has the shared `training` state (every lesson's does), else null. */
function trainingStatus(s: unknown): string | null {
  const status = (s as { training?: { status?: unknown } } | null)?.training?.status;
  return typeof status === 'string' ? status : null;
}

/** Storage of the "keep weights" choice. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEEP_KEY = 'anomaly-lab:runs:keep-weights';

/** The runs of one lesson: kept after every training, listed, compared and reopened. */
export interface LessonRuns {
  state: StoreApi<RunsState>;
  actions: {
    choose(id: string, on: boolean): void;
    setReference(id: string): void;
    setKeepWeights(keep: KeepWeights): void;
    rename(id: string, name: string | null): Promise<void>;
    pin(id: string, pinned: boolean): Promise<void>;
    remove(id: string): Promise<void>;
    reopen(id: string): Promise<void>;
    rerun(id: string): Promise<void>;
    /** Reopens from a model's settings and weights (a model file named `name`). */
    openModel(values: Record<string, unknown>, weights: Float32Array[], facts: ReopenFacts, name: string): Promise<void>;
    dismiss(): void;
  };
  /** Waits for the run being kept, if any (tests). */
  settled(): Promise<void>;
}

/**
 * Keeps every finished run of a lesson store in `runStore` (falls back to
 * memory when storage is unavailable), and reopens them. Subscribes to the
 * lesson store: a new result that was not reopened is a new run.
 */
export function createLessonRuns<S>(options: {
  store: StoreApi<S>;
  adapter: RunsAdapter<S>;
  openStore: () => Promise<RunStore>;
  preferences?: PreferenceStorage;
}): LessonRuns {
  const { store, adapter, preferences } = options;
  const saved = preferences?.getItem(KEEP_KEY);
  const state = createStore<RunsState>(() => ({
    status: 'loading',
    runs: [],
    chosen: [],
    reference: null,
    keepWeights: saved === 'float16' || saved === 'off' ? saved : 'float32',
    totalBytes: 0,
    notice: null,
    reopening: false,
    restored: null,
    reopenedDate: null,
  }));
  const patch = (p: Partial<RunsState>) => state.setState(p);
  let db: RunStore | null = null;
  let pending: Promise<void> = Promise.resolve();
  /** True while a reopen runs: its results (or the state put back after a failure) are not new runs. */
  let quiet = false;

  async function refresh(): Promise<void> {
    if (!db) return;
    const runs = await db.list(adapter.lessonId);
    const ids = new Set(runs.map((r) => r.id));
    const s = state.getState();
    patch({ runs, totalBytes: await db.totalBytes(), chosen: s.chosen.filter((id) => ids.has(id)), reference: s.reference && ids.has(s.reference) ? s.reference : null });
  }

  const ready = options
    .openStore()
    .then(async (opened) => {
      db = opened;
      await refresh();
      patch({ status: 'ready' });
    })
    .catch(() => patch({ status: 'unavailable' }));

  async function keep(s: S): Promise<void> {
    const run = adapter.capture(s);
    if (!run) return;
    await ready;
    const keepWeights = state.getState().keepWeights;
    if (!db) {
      const id = `memory-${state.getState().runs.length + 1}`;
      const { scores: _s, labels: _l, weights: _w, ...meta } = run;
      const mem: RunMeta = { ...meta, id, lessonId: adapter.lessonId, seq: state.getState().runs.length + 1, name: null, pinned: false, date: Date.now(), weightPrecision: null, weightBytes: 0, bytes: 0 };
      patch({ runs: [mem, ...state.getState().runs], reference: id });
      return;
    }
    try {
      const outcome = await db.save(adapter.lessonId, run, keepWeights === 'off' ? null : keepWeights);
      await refresh();
      if (outcome.saved) patch({ reference: outcome.saved.id });
      if (outcome.full) patch({ notice: problem('runs-full') });
      else if (outcome.evicted.length > 0) patch({ notice: problem('runs-evicted', { names: outcome.evicted.map((r) => `${r.name ?? `#${r.seq}`} (${r.lessonId})`).join(', ') }) });
    } catch (e) {
      patch({ notice: problem('storage-failed', { text: failure(e).values?.text ?? String(e) }) });
    }
  }

  store.subscribe((s, prev) => {
    if (quiet) return;
    const status = trainingStatus(s);
    if (status !== trainingStatus(prev) && (status === 'running' || status === 'error')) patch({ restored: null });
    const result = adapter.result(s);
    if (result === adapter.result(prev) || result === null) return;
    patch({ restored: null, reopenedDate: null });
    pending = pending.then(() => keep(s));
  });

  // A later notice (a refused reopen or re-run, a bad model file, a full storage) replaces the banner.
  state.subscribe((s, prev) => {
    if (s.notice && s.notice !== prev.notice && s.restored) patch({ restored: null });
  });

  async function withReopen(work: () => Promise<void>, restored: RunsState['restored']): Promise<void> {
    if (adapter.busy(store.getState())) return patch({ notice: problem('runs-busy') });
    const before = store.getState();
    patch({ reopening: true, notice: null });
    quiet = true;
    try {
      await work();
      patch({ restored, reopenedDate: restored?.kind === 'run' ? restored.date : null });
    } catch (e) {
      store.setState(before, true);
      patch({ notice: failure(e) });
    } finally {
      quiet = false;
      patch({ reopening: false });
    }
  }

  const facts = (r: RunMeta): ReopenFacts => ({ trainLoss: r.trainLoss, valLoss: r.valLoss, stop: r.stop, epochsRun: r.epochsRun, secondsPerEpoch: r.secondsPerEpoch, date: r.date });
  const find = (id: string) => state.getState().runs.find((r) => r.id === id) ?? null;
  /** Why the lesson refuses to reopen or rerun `run` on what is in use now, as a problem, or null. */
  const reopenProblem = (run: RunMeta) => {
    const refused = adapter.reopenProblem?.(run, store.getState()) ?? null;
    return typeof refused === 'string' ? problem(refused) : refused;
  };

  return {
    state,
    settled: async () => {
      await ready;
      await pending;
    },
    actions: {
      choose: (id, on) => {
        const chosen = state.getState().chosen.filter((x) => x !== id);
        patch({ chosen: on ? [...chosen, id] : chosen, ...(on ? { reference: id } : {}) });
      },
      setReference: (id) => patch({ reference: id }),
      setKeepWeights: (keep) => {
        preferences?.setItem(KEEP_KEY, keep);
        patch({ keepWeights: keep });
      },
      rename: async (id, name) => {
        await db?.rename(id, name);
        await refresh();
      },
      pin: async (id, pinned) => {
        await db?.pin(id, pinned);
        await refresh();
      },
      remove: async (id) => {
        await db?.remove(id);
        if (!db) patch({ runs: state.getState().runs.filter((r) => r.id !== id) });
        await refresh();
      },
      reopen: (id) =>
        withReopen(async () => {
          const run = find(id);
          const payload = run && db ? await db.payload(id) : null;
          if (!run || !payload) throw problemError(problem('run-gone'));
          if (!payload.weights) throw problemError(problem('run-no-weights'));
          const refused = reopenProblem(run);
          if (refused) throw problemError(refused);
          patch({ reference: id });
          await adapter.reopen(run.settings, unpackWeights(payload.weights), facts(run));
        }, { kind: 'run', date: find(id)?.date ?? Date.now() }),
      rerun: async (id) => {
        const run = find(id);
        if (!run) return patch({ notice: problem('run-gone') });
        if (adapter.busy(store.getState())) return patch({ notice: problem('runs-busy') });
        const refused = reopenProblem(run);
        if (refused) return patch({ notice: refused });
        patch({ restored: null, notice: null });
        await adapter.rerun(run.settings);
      },
      openModel: (values, weights, f, name) => withReopen(() => adapter.reopen(values, weights, f), { kind: 'file', name }),
      dismiss: () => patch({ notice: null }),
    },
  };
}
