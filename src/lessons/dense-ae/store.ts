import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendPreference } from '../../core/backend/backend-choice';
import { buildImageSplitInSlices } from '../../core/data/class-split';
import type { DatasetName, Split } from '../../core/data/dataset-files';
import { bestF1 } from '../../core/metrics/best-f1';
import { yieldToEventLoop } from '../../core/train/yield-to-event-loop';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { TrainingClient } from '../../worker/training-client';
import type { BackendReport } from '../../worker/protocol';
import { parseNumber } from '../../notebook/param-spec';
import { dataKey, trainKey } from './keys';
import { DEFAULT_PARAMS, NUMBER_SPECS, type DenseAeParams, type NumberParam } from './params';
import { IDLE_TRAINING, type DenseAeState } from './state';
import { crossErrors } from './validation';

/** What the lesson store needs from the outside world (real ones in the app, fakes in tests). */
export interface DenseAeDeps {
  fetchClass(dataset: DatasetName, split: Split, cls: number): Promise<Uint8Array>;
  client: Pick<TrainingClient, 'run'>;
  backendPreference(): BackendPreference;
  onBackendReport(report: BackendReport): void;
  /** Called when a run finished, to remember the speed for duration estimates. */
  onSpeed?(backend: string, secondsPerEpoch: number, nTrain: number, params: DenseAeParams): void;
}

const SAMPLE_COUNT = 8;
const PROGRESS_INTERVAL_MS = 100;

/** A lesson-1 notebook: its state and its actions (plain functions, usable outside React). */
export function createDenseAeStore(deps: DenseAeDeps) {
  const store: StoreApi<DenseAeState> = createStore<DenseAeState>(() => ({
    params: { ...DEFAULT_PARAMS },
    drafts: {},
    data: { status: 'idle', error: null, split: null, samples: null, key: null },
    training: IDLE_TRAINING,
    result: null,
    view: { scoreKind: 'l1', threshold: null, gridFilter: 'anomalies', logY: false },
    busy: false,
  }));
  let cancelRun: (() => void) | null = null;

  const get = store.getState;
  const set = store.setState;

  function setParams(patch: Partial<DenseAeParams>): void {
    const drafts = { ...get().drafts };
    for (const k of Object.keys(patch)) delete drafts[k as NumberParam];
    set({ params: { ...get().params, ...patch }, drafts });
  }

  /** Sets a numeric setting from typed text; invalid text is kept as a draft with an error, the last valid value stays. */
  function setNumber(name: NumberParam, raw: string): void {
    const parsed = parseNumber(raw, NUMBER_SPECS[name]);
    if (parsed.ok) setParams({ [name]: parsed.value } as Partial<DenseAeParams>);
    else set({ drafts: { ...get().drafts, [name]: { raw, error: parsed.error } } });
  }

  /** Every problem that blocks a run, keyed by control. */
  function problems(): Record<string, string> {
    const s = get();
    const out: Record<string, string> = {};
    for (const [k, d] of Object.entries(s.drafts)) if (d) out[k] = d.error;
    const nTrain = s.data.key === dataKey(s.params) ? (s.data.split?.counts.train ?? null) : null;
    return { ...crossErrors(s.params, nTrain), ...out };
  }

  async function loadData(): Promise<boolean> {
    const p = get().params;
    const key = dataKey(p);
    if (get().data.key === key && get().data.status === 'ready') return true;
    const sel = problems().selection;
    if (sel) {
      set({ data: { ...get().data, status: 'error', error: sel } });
      return false;
    }
    set({ data: { ...get().data, status: 'loading', error: null } });
    try {
      const all = [...new Set([...p.normal, ...p.anomaly])];
      const train = new Map(await Promise.all(p.normal.map(async (c) => [c, await deps.fetchClass(p.dataset, 'train', c)] as const)));
      const test = new Map(await Promise.all(all.map(async (c) => [c, await deps.fetchClass(p.dataset, 'test', c)] as const)));
      const split = await buildImageSplitInSlices(train, test, p, { seed: p.seed, maxTrain: p.maxTrain > 0 ? p.maxTrain : undefined });
      const dim = split.dim;
      const rows = (x: Float32Array, from: number, n: number) =>
        Array.from({ length: Math.min(n, x.length / dim - from) }, (_, i) => x.subarray((from + i) * dim, (from + i + 1) * dim));
      const samples = { normal: rows(split.testX, 0, SAMPLE_COUNT), anomaly: rows(split.testX, split.counts.testNormal, SAMPLE_COUNT) };
      if (dataKey(get().params) !== key) return false;
      set({ data: { status: 'ready', error: null, split, samples, key } });
      return true;
    } catch (e) {
      set({ data: { ...get().data, status: 'error', error: `Could not load the images: ${message(e)}` } });
      return false;
    }
  }

  async function train(): Promise<void> {
    if (get().training.status === 'running') return;
    const blocking = problems();
    if (Object.keys(blocking).length > 0) {
      set({ training: { ...get().training, status: 'error', error: Object.values(blocking).join(' ') } });
      return;
    }
    if (!(await loadData())) return;
    const p = get().params;
    const split = get().data.split!;
    const nTrainProblem = crossErrors(p, split.counts.train).batch;
    if (nTrainProblem) {
      set({ training: { ...IDLE_TRAINING, status: 'error', error: nTrainProblem } });
      return;
    }
    const key = trainKey(p);
    set({ training: { ...IDLE_TRAINING, status: 'running', epochs: p.epochs } });
    let lastPush = 0;
    const onEvent = (e: JobEvent) => {
      const t = get().training;
      if (e.type === 'start') set({ training: { ...t, batchesPerEpoch: e.batchesPerEpoch } });
      else if (e.type === 'batch') {
        const now = performance.now();
        if (now - lastPush < PROGRESS_INTERVAL_MS && e.batch !== e.batchesPerEpoch) return;
        lastPush = now;
        set({ training: { ...t, epoch: e.epoch, batch: e.batch, batchesPerEpoch: e.batchesPerEpoch, elapsedSeconds: e.elapsedSeconds } });
      } else if (e.type === 'epoch') {
        set({
          training: {
            ...t,
            trainLoss: [...t.trainLoss, e.trainLoss],
            valLoss: [...t.valLoss, e.valLoss],
            bestEpoch: e.improved ? e.epoch : t.bestEpoch,
            elapsedSeconds: e.elapsedSeconds,
          },
        });
      } else if (e.type === 'done') set({ training: { ...t, message: e.message, bestEpoch: e.bestEpoch } });
    };
    const handle = deps.client.run(
      'dense-ae',
      {
        split: { dim: split.dim, trainX: split.trainX.slice(), valX: split.valX.slice(), testX: split.testX.slice() },
        model: { inputSize: split.dim, hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: p.loss },
        train: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: p.patience, seed: p.seed },
        initSeed: p.seed,
      },
      deps.backendPreference(),
      { onEvent, onBackend: deps.onBackendReport },
    );
    cancelRun = handle.cancel;
    try {
      const r = await handle.result;
      // The finished status first, in its own task; the result cells' first draw (Plotly loads) follows.
      set({ training: { ...get().training, status: 'done', message: r.message, bestEpoch: r.bestEpoch } });
      await yieldToEventLoop();
      const view = get().view;
      const threshold = bestF1(r.test[view.scoreKind], split.testLabels, 'normal').threshold;
      set({
        result: {
          key,
          test: r.test,
          val: r.val,
          reconstructions: r.reconstructions,
          testX: split.testX,
          labels: split.testLabels,
          classes: split.testClasses,
          stopReason: r.stopReason,
          secondsPerEpoch: r.secondsPerEpoch,
          epochsRun: r.epochsRun,
          backend: r.backend,
        },
        view: { ...view, threshold: Number.isFinite(threshold) ? threshold : null },
      });
      if (r.epochsRun > 0) deps.onSpeed?.(r.backend, r.secondsPerEpoch, split.counts.train, p);
    } catch (e) {
      set({ training: { ...get().training, status: 'error', error: message(e) } });
    } finally {
      cancelRun = null;
    }
  }

  async function runAll(): Promise<void> {
    if (get().busy) return;
    set({ busy: true });
    try {
      await train();
    } finally {
      set({ busy: false });
    }
  }

  return {
    store,
    actions: {
      setParams,
      setNumber,
      problems,
      loadData,
      train,
      runAll,
      stop: () => cancelRun?.(),
      setView: (patch: Partial<DenseAeState['view']>) => set({ view: { ...get().view, ...patch } }),
    },
  };
}

export type DenseAeStore = ReturnType<typeof createDenseAeStore>;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
