import { fetchClass } from '../../data/dataset-client';
import { storeHook } from '../../notebook/lesson-module';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { TrainingClient } from '../../worker/training-client';
import { batchSpeed } from './speed';
import { createPatchVaeStore } from './store';

/** The page's patch-VAE notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const patchVae = createPatchVaeStore({
  fetchClass,
  client: new TrainingClient(),
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, batchesPerEpoch) => batchSpeed.remember(backend, secondsPerEpoch, batchesPerEpoch),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = patchVae.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(patchVae.store);
