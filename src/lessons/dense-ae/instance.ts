import { fetchClass } from '../../data/dataset-client';
import { storeHook } from '../../notebook/lesson-module';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { TrainingClient } from '../../worker/training-client';
import { rememberSpeed, trainFlopsPerEpoch } from './speed-memory';
import { createDenseAeStore } from './store';

/** The page's lesson-1 notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const denseAe = createDenseAeStore({
  fetchClass,
  client: new TrainingClient(),
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, nTrain, p) =>
    rememberSpeed(
      backend,
      secondsPerEpoch,
      trainFlopsPerEpoch({ inputSize: 784, hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: p.loss }, nTrain),
    ),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = denseAe.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(denseAe.store);
