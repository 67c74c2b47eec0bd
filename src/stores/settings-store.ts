import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { BACKENDS, type BackendPreference } from '../core/backend/backend-choice';
import { browserLang, LANGS, type Lang } from '../i18n/lang';
import { safeLocalStorage } from './safe-storage';

/** The learner's settings, kept across visits. */
export interface SettingsState {
  lang: Lang;
  /** Backend for the next training run; 'auto' picks the fastest usable one. */
  backend: BackendPreference;
}

/** localStorage key of the persisted settings. */
export const SETTINGS_KEY = 'anomaly-lab:settings';

const PREFERENCES: readonly BackendPreference[] = ['auto', ...BACKENDS];

function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

function isBackendPreference(value: unknown): value is BackendPreference {
  return PREFERENCES.includes(value as BackendPreference);
}

/** The settings of a first visit. */
function defaults(): SettingsState {
  return { lang: browserLang(), backend: 'auto' };
}

/**
 * Set when the saved settings could not be used (unreadable JSON, another
 * version, a value that is not valid) and the defaults were applied instead;
 * the header shows a one-line note until it is dismissed.
 */
export const settingsReset = createStore<boolean>(() => false);

/** What `migrate` returns for a saved entry of another version: it is not read. */
const OTHER_VERSION = { otherVersion: true } as const;

/**
 * Keeps only valid persisted values, so a stale or edited entry cannot break
 * the app; an entry of another version, or with any invalid value, gives the
 * defaults and raises `settingsReset`.
 */
function mergePersisted(persisted: unknown, current: SettingsState): SettingsState {
  if (persisted === undefined || persisted === null) return current;
  const saved = persisted as Partial<Record<keyof SettingsState, unknown>>;
  const valid = persisted !== OTHER_VERSION && typeof persisted === 'object' && (saved.lang === undefined || isLang(saved.lang)) && (saved.backend === undefined || isBackendPreference(saved.backend));
  if (!valid) {
    settingsReset.setState(true, true);
    return defaults();
  }
  return { lang: isLang(saved.lang) ? saved.lang : current.lang, backend: isBackendPreference(saved.backend) ? saved.backend : current.backend };
}

export const useSettings = create<SettingsState>()(
  persist(defaults, {
    name: SETTINGS_KEY,
    version: 1,
    storage: createJSONStorage(safeLocalStorage),
    merge: mergePersisted,
    // Any other version (an older app, a newer one, an edited entry) is not read: defaults, with the note.
    migrate: () => OTHER_VERSION,
    // Unreadable JSON: the defaults stay, with the note.
    onRehydrateStorage: () => (_state, error) => {
      if (error) settingsReset.setState(true, true);
    },
  }),
);

/** Switches the UI and lesson language. */
export function setLang(lang: Lang): void {
  if (isLang(lang)) useSettings.setState({ lang });
}

/** Chooses the backend for the next training run. */
export function setBackendPreference(backend: BackendPreference): void {
  if (isBackendPreference(backend)) useSettings.setState({ backend });
}

/** The current language (for code outside React). */
export function getLang(): Lang {
  return useSettings.getState().lang;
}

/** The backend preference to pass to the next run (for code outside React). */
export function getBackendPreference(): BackendPreference {
  return useSettings.getState().backend;
}

/** The current language; re-renders on change. */
export function useLang(): Lang {
  return useSettings((s) => s.lang);
}

/** The backend preference; re-renders on change. */
export function useBackendPreference(): BackendPreference {
  return useSettings((s) => s.backend);
}
