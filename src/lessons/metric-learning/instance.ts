import { fetchClass } from '../../data/dataset-client';
import { fetchTexture } from '../../data/texture-client';
import { storeHook } from '../../notebook/lesson-module';
import { browserSettingsEnv, connectSettings } from '../../notebook/settings/lesson-settings';
import { createFieldsHook } from '../../notebook/settings/use-fields';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { SETTINGS } from './params';
import { batchSpeed } from './speed';
import { createMetricStore } from './store';
import { problemsOf } from './validation';

/** The page's metric-learning notebook: one store for the page's lifetime. */
export const metric = createMetricStore({
  fetchClass,
  fetchTexture,
  client: sharedTrainingClient,
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, batchesPerEpoch) => batchSpeed.remember(backend, secondsPerEpoch, batchesPerEpoch),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = metric.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(metric.store);

/** The lesson's settings in storage and the address bar. */
export const settings = connectSettings({ lessonId: 'metric-learning', table: SETTINGS, store: metric.store, env: browserSettingsEnv() });

/** Fields of the settings table and the current problems, for cells. */
export const useFields = createFieldsHook(metric.store, SETTINGS, problemsOf, actions);
