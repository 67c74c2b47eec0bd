/**
 * Lessons with results already on screen, for the bad-input catalogue: the
 * real stores (lesson 1 and the time series) with a faked finished run, their
 * settings connected to a fake address bar and storage, and a check that
 * the results, the data and the settings a case must not touch are the same
 * objects as before.
 */
import type { JobEvent } from '../core/pipeline/job-events';
import { createDenseAeStore, type DenseAeStore } from '../lessons/dense-ae/store';
import { SETTINGS as DENSE_SETTINGS } from '../lessons/dense-ae/params';
import { fakeDenseAe, fakeTimeseries } from '../lessons/fake-results';
import { createTimeseriesStore, type PickedFile, type TimeseriesStore } from '../lessons/timeseries-ae/store';
import { connectSettings, type LessonSettings, type SettingsEnv } from '../notebook/settings/lesson-settings';
import type { TrainingDeps } from '../notebook/lesson-store';

/** A training client that plays `events` and resolves `result`, or refuses to run when there are none. */
function fakeClient(events: JobEvent[] = [], result: unknown = null): TrainingDeps['client'] {
  return {
    run: ((_job: string, _input: unknown, _backend: string, cb: { onEvent?: (e: JobEvent) => void } = {}) => {
      if (events.length === 0) throw new Error('the catalogue never trains');
      for (const e of events) cb.onEvent?.(e);
      return { runId: 1, result: Promise.resolve(result), cancel: () => undefined };
    }) as TrainingDeps['client']['run'],
  };
}

const noBackend = { backendPreference: () => 'wasm' as const, onBackendReport: () => undefined };

/** Storage and address bar of one page, in memory. */
export function fakeEnv(stored: Record<string, string> = {}, hash = '#/'): SettingsEnv & { stored: Record<string, string> } {
  let current = hash;
  return {
    stored,
    getItem: (k) => (Object.hasOwn(stored, k) ? stored[k] : null),
    setItem: (k, v) => void (stored[k] = v),
    getHash: () => current,
    replaceHash: (h) => void (current = h),
  };
}

/** What a case must leave as it was: the same objects, compared by identity. */
export type Intact = () => string | null;

function sameAs<T extends object>(get: () => T, keys: (keyof T)[]): Intact {
  const before = get();
  const kept = keys.map((k) => before[k]);
  return () => {
    const now = get();
    const changed = keys.filter((k, i) => now[k] !== kept[i]);
    return changed.length === 0 ? null : `changed: ${changed.join(', ')}`;
  };
}

/** Lesson 1 after a run (10 normals, 10 anomalies, results drawn), its settings connected to `env`. */
export function denseWithResults(options: { env?: SettingsEnv; events?: JobEvent[]; jobResult?: unknown } = {}): {
  lesson: DenseAeStore;
  settings: LessonSettings;
  /** Results and data unchanged. */
  resultsIntact: Intact;
  /** Results, data and every setting unchanged. */
  allIntact: Intact;
} {
  const lesson = createDenseAeStore({ fetchClass: async () => Promise.reject(new Error('no data in the catalogue')), client: fakeClient(options.events, options.jobResult), ...noBackend });
  lesson.store.setState({ params: { ...lesson.store.getState().params, batch: 2, epochs: 1 } });
  lesson.store.setState(fakeDenseAe(lesson.store.getState()));
  const settings = connectSettings({ lessonId: 'dense-ae', table: DENSE_SETTINGS, store: lesson.store, env: options.env ?? fakeEnv({}, '#/lesson/dense-ae') });
  return { lesson, settings, resultsIntact: sameAs(lesson.store.getState, ['result', 'data']), allIntact: sameAs(lesson.store.getState, ['result', 'data', 'params']) };
}

/** A file picked from disk, read as a browser reads it (UTF-8, bad bytes become U+FFFD). */
export function picked(name: string, content: string | Uint8Array, size?: number): PickedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, text: async () => new TextDecoder().decode(bytes) };
}

/** 40 series of 8 steps, one per row. */
export const GOOD_CSV = Array.from({ length: 40 }, (_, i) => Array.from({ length: 8 }, (_, j) => Math.sin(i + j).toFixed(3)).join(',')).join('\n');

/** The time-series lesson after a run on its generated data. */
export function seriesWithResults(): { lesson: TimeseriesStore; allIntact: Intact } {
  const lesson = createTimeseriesStore({ client: fakeClient(), ...noBackend });
  lesson.actions.generate();
  lesson.store.setState(fakeTimeseries(lesson.store.getState()));
  return { lesson, allIntact: sameAs(lesson.store.getState, ['result', 'data', 'params']) };
}

/** The time-series lesson after a run on generated data, then a good CSV loaded (`good.csv`). */
export async function seriesWithCsv(): Promise<{ lesson: TimeseriesStore; intact: Intact }> {
  const { lesson } = seriesWithResults();
  if (!(await lesson.actions.loadCsv(picked('good.csv', GOOD_CSV)))) throw new Error('the good CSV did not load');
  const csvName = () => lesson.store.getState().csv.fileName;
  const kept = sameAs(lesson.store.getState, ['result', 'data']);
  return { lesson, intact: () => kept() ?? (csvName() === 'good.csv' ? null : `the file in use became ${csvName()}`) };
}
