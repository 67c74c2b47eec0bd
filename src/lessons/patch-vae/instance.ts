import { fetchClass } from '../../data/dataset-client';
import { storeHook } from '../../notebook/lesson-module';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { browserSettingsEnv, connectSettings } from '../../notebook/settings/lesson-settings';
import { createFieldsHook } from '../../notebook/settings/use-fields';
import { SETTINGS } from './params';
import { problemsOf } from './validation';
import { batchSpeed } from './speed';
import { createPatchVaeStore } from './store';

/** The page's patch-VAE notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const patchVae = createPatchVaeStore({
  fetchClass,
  client: sharedTrainingClient,
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, batchesPerEpoch) => batchSpeed.remember(backend, secondsPerEpoch, batchesPerEpoch),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = patchVae.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(patchVae.store);

/** The lesson's settings in storage and the address bar. */
export const settings = connectSettings({ lessonId: 'patch-vae', table: SETTINGS, store: patchVae.store, env: browserSettingsEnv() });

/** Fields of the settings table and the current problems, for cells. */
export const useFields = createFieldsHook(patchVae.store, SETTINGS, problemsOf, actions);
