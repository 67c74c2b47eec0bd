import { storeHook } from '../../notebook/lesson-module';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { parseCsvOffThread } from '../../worker/csv-client';
import { sharedTrainingClient } from '../../worker/shared-client';
import { browserSettingsEnv, connectSettings } from '../../notebook/settings/lesson-settings';
import { createFieldsHook } from '../../notebook/settings/use-fields';
import { SETTINGS, SETTINGS_ADAPTER } from './params';
import { problemsOf } from './validation';
import { batchSpeed } from './speed';
import { createTimeseriesStore } from './store';

/** The page's time-series notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const timeseriesAe = createTimeseriesStore({
  client: sharedTrainingClient,
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, nTrain, p) => batchSpeed.remember(backend, secondsPerEpoch, Math.ceil(nTrain / p.batch)),
  parseCsv: (text, layout) => parseCsvOffThread(text, layout),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = timeseriesAe.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(timeseriesAe.store);

/** The lesson's settings (the generator's fields flattened) in storage and the address bar. */
export const settings = connectSettings({ lessonId: 'timeseries-ae', table: SETTINGS, store: timeseriesAe.store, env: browserSettingsEnv(), adapter: SETTINGS_ADAPTER });

/** Fields of the settings table and the current problems, for cells. */
export const useFields = createFieldsHook(timeseriesAe.store, SETTINGS, problemsOf, actions, SETTINGS_ADAPTER.toValues);
