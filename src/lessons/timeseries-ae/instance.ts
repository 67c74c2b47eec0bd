import { storeHook } from '../../notebook/lesson-module';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { parseCsvOffThread } from '../../worker/csv-client';
import { TrainingClient } from '../../worker/training-client';
import { batchSpeed } from './speed';
import { createTimeseriesStore } from './store';

/** The page's time-series notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const timeseriesAe = createTimeseriesStore({
  client: new TrainingClient(),
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, nTrain, p) => batchSpeed.remember(backend, secondsPerEpoch, Math.ceil(nTrain / p.batch)),
  parseCsv: (text, layout) => parseCsvOffThread(text, layout),
});

/** The notebook's actions (plain functions, usable outside React). */
export const actions = timeseriesAe.actions;

/** Reads a slice of the lesson state in a component. */
export const useLesson = storeHook(timeseriesAe.store);
