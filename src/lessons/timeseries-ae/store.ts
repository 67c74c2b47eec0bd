import { csvSizeProblem, parseSeriesCsv, type CsvLayout, type CsvSeries } from '../../core/timeseries/csv-series';
import { generateSeries } from '../../core/timeseries/generate-series';
import { failure, type Problem } from '../../notebook/settings/problem';
import { createLessonCore, lessonDefaults } from '../../notebook/lesson-core';
import type { TrainingDeps } from '../../notebook/lesson-store';
import { createParamSlice } from '../../notebook/param-slice';
import { IDLE_TRAINING, mayTrain } from '../../notebook/training-state';
import { dataKey } from './keys';
import { DEFAULT_PARAMS, SETTINGS, SPEC_FIELDS, type NumberParam, type TimeseriesParams } from './params';
import { specFieldSpec, writeSpecField, type SpecField } from './spec-fields';
import { problemsOf } from './validation';
import { INITIAL_VIEW, type TimeseriesState } from './state';
import { runTraining } from './train-action';

/** What the store needs from the outside world (real ones in the app, fakes in tests). */
export interface TimeseriesDeps extends TrainingDeps {
  /** Called after a run, to remember the speed for duration estimates. */
  onSpeed?(backend: string, secondsPerEpoch: number, nTrain: number, params: TimeseriesParams): void;
  /** A run's seconds around its epochs (job time less the epochs) and the values of the series it handled (see `runValues`); not after a stop. */
  onAroundSpeed?(backend: string, seconds: number, values: number): void;
  /** Parses a learner's CSV (the app: in a worker, so a 50 MB file does not freeze the page). Default: `parseSeriesCsv` here. */
  parseCsv?(text: string, layout: CsvLayout): Promise<CsvSeries>;
}

/** A file the learner picked: a DOM File, or anything with its name, size and text. */
export type PickedFile = Pick<File, 'name' | 'size' | 'text'>;

/** A time-series notebook: its state and its actions (plain functions, usable outside React). */
export function createTimeseriesStore(deps: TimeseriesDeps) {
  const initial = (): TimeseriesState => ({
    ...lessonDefaults(SETTINGS),
    params: { ...DEFAULT_PARAMS },
    data: { status: 'idle', error: null, source: 'generated', set: null, key: null },
    csv: { layout: { kind: 'rows' }, status: 'idle', error: null, fileName: null, attempt: null, notes: [] },
    view: INITIAL_VIEW,
  });
  const core = createLessonCore(initial, problemsOf, deps);
  const { access, get, set, problems } = core;
  const paramSlice = createParamSlice<TimeseriesParams, NumberParam | SpecField, NumberParam>(access, SETTINGS);

  /** Sets a generator number ("length", "cos.amplitude", …) from typed text; invalid text brings back `restore` (the value at focus), as `setNumber` does. */
  function setSpecNumber(field: SpecField, raw: string, restore?: number): void {
    paramSlice.setTyped(field, raw, specFieldSpec(field), (value) => ({ spec: writeSpecField(get().params.spec, field, value) }), restore);
  }

  /** Generates the data from the settings (fast and synchronous). Returns false with a message when it cannot. */
  function generate(): boolean {
    const p = get().params;
    const blocking = Object.entries(problems()).filter(([k]) => k === 'spec' || k === 'length' || k.includes('.') || k === 'dataSeed');
    if (blocking.length > 0) {
      set({ data: { ...get().data, status: 'error', error: blocking[0][1] } });
      return false;
    }
    try {
      const setNew = generateSeries(p.spec, p.dataSeed);
      set({ data: { status: 'ready', error: null, source: 'generated', set: setNew, key: dataKey(p) }, view: { ...get().view, revealed: false, selected: null } });
      return true;
    } catch (e) {
      set({ data: { ...get().data, status: 'error', error: failure(e) } });
      return false;
    }
  }

  /** Makes sure there is data for the current settings: regenerates stale generated data, keeps a loaded CSV. */
  function ensureData(): boolean {
    const s = get();
    if (s.data.source === 'csv' && s.data.set) return true;
    if (s.data.status === 'ready' && s.data.key === dataKey(s.params)) return true;
    return generate();
  }

  function setCsvLayout(layout: CsvLayout): void {
    set({ csv: { ...get().csv, layout } });
  }

  let csvRequest = 0;

  /**
   * Reads the learner's file in the page and, if it parses, makes it the
   * notebook's data. Each pick is a new request and the newest wins: a slow
   * large file picked before a small one never replaces it. A failed pick
   * leaves the data, and `fileName`, on what is really in use.
   */
  async function loadCsv(file: PickedFile): Promise<boolean> {
    const id = ++csvRequest;
    const layout = get().csv.layout;
    const fail = (error: Problem) => {
      if (id === csvRequest) set({ csv: { ...get().csv, status: 'error', error, attempt: file.name } });
      return false;
    };
    const tooBig = csvSizeProblem(file.size);
    if (tooBig) return fail(tooBig);
    set({ csv: { ...get().csv, status: 'reading', error: null, attempt: file.name } });
    try {
      const text = await file.text();
      if (id !== csvRequest) return false;
      const parsed = deps.parseCsv ? await deps.parseCsv(text, layout) : parseSeriesCsv(text, layout);
      if (id !== csvRequest) return false;
      const { notes, ...setNew } = parsed;
      const key = JSON.stringify(['csv', id, file.name, file.size, layout]);
      set({
        csv: { ...get().csv, status: 'ready', error: null, fileName: file.name, attempt: null, notes },
        data: { status: 'ready', error: null, source: 'csv', set: setNew, key },
        view: { ...get().view, selected: null },
        params: { ...get().params, pool: 'all' },
      });
      return true;
    } catch (e) {
      return fail(failure(e));
    }
  }

  async function train(): Promise<void> {
    if (get().training.status === 'running') return;
    if (!ensureData()) {
      set({ training: { ...IDLE_TRAINING, status: 'error', error: get().data.error } });
      return;
    }
    if (mayTrain(access, problems())) await runTraining(core, deps);
  }

  /** Sets any number setting from typed text, the generator's fields included. */
  const setNumber = (name: NumberParam | SpecField, raw: string, restore?: number) =>
    SPEC_FIELDS.includes(name as SpecField) ? setSpecNumber(name as SpecField, raw, restore) : paramSlice.actions.setNumber(name as NumberParam, raw, restore);
  return core.lesson(train, { ...paramSlice.actions, setNumber, setSpecNumber, generate, ensureData, setCsvLayout, loadCsv });
}

/** A lesson store and its actions. */
export type TimeseriesStore = ReturnType<typeof createTimeseriesStore>;
