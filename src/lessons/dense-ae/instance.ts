import { fetchClass } from '../../data/dataset-client';
import { storeHook } from '../../notebook/lesson-module';
import { browserSettingsEnv, connectSettings } from '../../notebook/settings/lesson-settings';
import { createFieldsHook } from '../../notebook/settings/use-fields';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { modelConfig } from './model-config';
import { SETTINGS } from './params';
import { flopSpeed, trainFlopsPerEpoch } from './speed';
import { createDenseAeStore } from './store';
import { problemsOf } from './validation';

/** The page's lesson-1 notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const denseAe = createDenseAeStore({
  fetchClass,
  client: sharedTrainingClient,
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, nTrain, p) => flopSpeed.remember(backend, secondsPerEpoch, trainFlopsPerEpoch(modelConfig(p), nTrain)),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = denseAe.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(denseAe.store);

/** The lesson's settings in storage and the address bar. */
export const settings = connectSettings({ lessonId: 'dense-ae', table: SETTINGS, store: denseAe.store, env: browserSettingsEnv() });

/** Fields of the settings table and the current problems, for cells. */
export const useFields = createFieldsHook(denseAe.store, SETTINGS, problemsOf, actions);
