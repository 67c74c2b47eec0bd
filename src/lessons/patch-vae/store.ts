import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendPreference } from '../../core/backend/backend-choice';
import { buildImageSplit, selectionProblem } from '../../core/data/class-split';
import type { DatasetName, Split } from '../../core/data/dataset-files';
import { parseNumber } from '../../notebook/param-spec';
import type { TrainingClient } from '../../worker/training-client';
import type { BackendReport } from '../../worker/protocol';
import { PATCH_VAE_LESSON_DEFAULTS } from '../../core/pipeline/patch-vae-defaults';
import { dataKey } from './keys';
import { DEFAULT_PARAMS, NUMBER_SPECS, type NumberParam, type PatchVaeParams } from './params';
import { IDLE_TRAINING, SIDE, type PatchVaeState } from './state';
import { createTrainAction } from './train-action';
import { createTryAction } from './try-action';

/** What the lesson store needs from the outside world (real ones in the app, fakes in tests). */
export interface PatchVaeDeps {
  fetchClass(dataset: DatasetName, split: Split, cls: number): Promise<Uint8Array>;
  client: Pick<TrainingClient, 'run'>;
  backendPreference(): BackendPreference;
  onBackendReport(report: BackendReport): void;
  /** Called when a run finished, to remember its speed for estimates. */
  onSpeed?(backend: string, secondsPerEpoch: number, batchesPerEpoch: number): void;
}

/** Getter and setter of the lesson state, shared by the actions. */
export interface StoreAccess {
  get: () => PatchVaeState;
  set: (patch: Partial<PatchVaeState>) => void;
}

/** A patch-VAE notebook: its state and its actions (plain functions, usable outside React). */
export function createPatchVaeStore(deps: PatchVaeDeps) {
  const store: StoreApi<PatchVaeState> = createStore<PatchVaeState>(() => ({
    params: { ...DEFAULT_PARAMS },
    drafts: {},
    data: { status: 'idle', error: null, split: null, key: null },
    training: IDLE_TRAINING,
    result: null,
    runs: [],
    tryIt: { status: 'idle', error: null, image: new Float32Array(SIDE * SIDE), resultKey: null, scored: null },
    view: { scoreKind: 'new', threshold: { old: null, new: null }, latentShow: 'mu', scoreFloor: PATCH_VAE_LESSON_DEFAULTS.scoreFloor },
    busy: false,
  }));
  const access: StoreAccess = { get: store.getState, set: (patch) => store.setState(patch) };
  const { get, set } = access;

  function setParams(patch: Partial<PatchVaeParams>): void {
    const drafts = { ...get().drafts };
    for (const k of Object.keys(patch)) delete drafts[k as NumberParam];
    set({ params: { ...get().params, ...patch }, drafts });
  }

  /** Sets a numeric setting from typed text; invalid text stays as a draft with its error, the last valid value is kept. */
  function setNumber(name: NumberParam, raw: string): void {
    const parsed = parseNumber(raw, NUMBER_SPECS[name]);
    if (parsed.ok) setParams({ [name]: parsed.value } as Partial<PatchVaeParams>);
    else set({ drafts: { ...get().drafts, [name]: { raw, error: parsed.error } } });
  }

  /** Every problem that blocks a run, keyed by control. */
  function problems(): Record<string, string> {
    const { params: p, drafts } = get();
    const out: Record<string, string> = {};
    const sel = selectionProblem({ normal: p.normal, anomaly: p.anomaly });
    if (sel) out.selection = sel;
    if (p.patchSize % 4 !== 0) out.patchSize = 'The patch side must be a multiple of 4 (the encoder halves it twice).';
    if (p.stride > SIDE - p.patchSize && p.patchSize < SIDE) out.stride = `With ${p.patchSize}-pixel patches the stride can be at most ${SIDE - p.patchSize}.`;
    if (p.batch > p.patches) out.batch = `Batch ${p.batch} is larger than the ${p.patches} training patches.`;
    for (const [k, d] of Object.entries(drafts)) if (d) out[k] = d.error;
    return out;
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
      const split = buildImageSplit(train, test, p, { seed: p.seed, valFraction: 0 });
      if (dataKey(get().params) !== key) return false;
      set({ data: { status: 'ready', error: null, split, key } });
      return true;
    } catch (e) {
      set({ data: { ...get().data, status: 'error', error: `Could not load the images: ${e instanceof Error ? e.message : String(e)}` } });
      return false;
    }
  }

  const trainAction = createTrainAction(access, deps, { problems, loadData });
  const tryAction = createTryAction(access, deps);

  async function runAll(): Promise<void> {
    if (get().busy) return;
    set({ busy: true });
    try {
      await trainAction.train();
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
      train: trainAction.train,
      stop: trainAction.stop,
      runAll,
      ...tryAction,
      setView: (patch: Partial<PatchVaeState['view']>) => set({ view: { ...get().view, ...patch } }),
      setScoreFloor: (floor: number) => set({ view: { ...get().view, scoreFloor: floor, threshold: { ...get().view.threshold, new: null } } }),
      setThreshold: (kind: 'old' | 'new', value: number | null) => set({ view: { ...get().view, threshold: { ...get().view.threshold, [kind]: value } } }),
    },
  };
}

export type PatchVaeStore = ReturnType<typeof createPatchVaeStore>;
