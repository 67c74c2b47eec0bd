import { createStore, type StoreApi } from 'zustand/vanilla';
import { decodeSettings, decodeStored, encodeStored, settingsQuery } from './settings-codec';
import type { Problem } from './problem';
import { viewParamsOf, withoutViewParams, withViewParams } from './view-params';
import { defaultsOf, type SettingsOf, type SettingsTable } from './settings-table';

/** Where the settings on screen came from, and the values that were refused on the way. */
export interface SettingsNotice {
  source: 'link' | 'storage';
  refused: Problem[];
}

/** Storage and address bar, as the page has them (fakes in tests). */
export interface SettingsEnv {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** The location hash, e.g. `#/lesson/dense-ae?latent=8`. */
  getHash(): string;
  /** Replaces the hash without a navigation or history entry. */
  replaceHash(hash: string): void;
}

/** Turns a lesson's params into the table's values and back (identity for flat lessons). */
export interface SettingsAdapter<T extends SettingsTable, P> {
  toValues(p: P): SettingsOf<T>;
  fromValues(values: SettingsOf<T>, current: P): P;
}

/** A lesson's settings, kept in storage and in the address. */
export interface LessonSettings {
  /** The current settings as a URL query, `latent=8&epochs=2…`. */
  query(): string;
  /** A link's query: every setting it names, defaults for the rest; refused values go in the notice. No-op when it equals `query()`. */
  applyQuery(query: string): void;
  /** Writes the current settings into the address bar (when it shows this lesson). */
  syncAddress(): void;
  /** Where the settings came from; null once dismissed or when they are the defaults. */
  notice: StoreApi<SettingsNotice | null>;
}

/** localStorage key of a lesson's settings. */
export function settingsStorageKey(lessonId: string): string {
  return `anomaly-lab:lesson:${lessonId}:settings`;
}

function lessonPath(lessonId: string): string {
  return `#/lesson/${encodeURIComponent(lessonId)}`;
}

/**
 * Connects a lesson store's `params` to storage and the address bar: restores
 * stored settings now (refused values fall back to their defaults, with a
 * notice), then saves every change and mirrors it into the address while the
 * address shows this lesson.
 */
export function connectSettings<T extends SettingsTable, P, S extends { params: P; drafts: object }>(options: {
  lessonId: string;
  table: T;
  store: StoreApi<S>;
  env: SettingsEnv;
  adapter?: SettingsAdapter<T, P>;
}): LessonSettings {
  const { lessonId, table, store, env } = options;
  const adapter = options.adapter ?? { toValues: (p: P) => p as unknown as SettingsOf<T>, fromValues: (v: SettingsOf<T>) => v as unknown as P };
  const key = settingsStorageKey(lessonId);
  const notice = createStore<SettingsNotice | null>(() => null);
  const query = () => settingsQuery(table, adapter.toValues(store.getState().params));

  function apply(values: Partial<SettingsOf<T>>, base: SettingsOf<T>): void {
    const params = adapter.fromValues({ ...base, ...values }, store.getState().params);
    store.setState({ params, drafts: {} } as Partial<S>);
  }

  function syncAddress(): void {
    const path = lessonPath(lessonId);
    const hash = env.getHash();
    if (hash !== path && !hash.startsWith(`${path}?`)) return;
    const next = `${path}?${query()}`;
    if (hash !== next) env.replaceHash(next);
  }

  const stored = decodeStored(table, env.getItem(key));
  if (Object.keys(stored.values).length > 0 || stored.refused.length > 0) {
    apply(stored.values, adapter.toValues(store.getState().params));
    if (stored.refused.length > 0) notice.setState({ source: 'storage', refused: stored.refused }, true);
  }

  store.subscribe((s, prev) => {
    if (s.params === prev.params) return;
    env.setItem(key, encodeStored(table, adapter.toValues(s.params)));
    syncAddress();
  });

  return {
    query,
    syncAddress,
    notice,
    applyQuery(q) {
      if (q === query()) return;
      const decoded = decodeSettings(table, new URLSearchParams(q));
      apply(decoded.values, defaultsOf(table));
      notice.setState({ source: 'link', refused: decoded.refused }, true);
    },
  };
}

/** The page's storage and address bar; storage failures (private mode, full quota) only lose persistence. */
export function browserSettingsEnv(): SettingsEnv {
  return {
    getItem: (k) => {
      try {
        return window.localStorage.getItem(k);
      } catch {
        return null;
      }
    },
    setItem: (k, v) => {
      try {
        window.localStorage.setItem(k, v);
      } catch {
        /* not persisted: the setting still applies for this visit */
      }
    },
    // Presenter keys (present, cell, …) are the page's, not the lesson's: hidden here, kept on rewrite.
    getHash: () => withoutViewParams(window.location.hash),
    replaceHash: (h) => window.history.replaceState(window.history.state, '', withViewParams(h, viewParamsOf(window.location.hash))),
  };
}

/** Settings of a lesson that has none to keep (tests, static pages): empty query, nothing to apply. */
export function noSettings(): LessonSettings {
  return { query: () => '', applyQuery: () => undefined, syncAddress: () => undefined, notice: createStore<SettingsNotice | null>(() => null) };
}
