import { useStore } from 'zustand';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { TrainingClient } from '../../worker/training-client';
import { rememberBatchSpeed } from './speed';
import type { TimeseriesState } from './state';
import { createTimeseriesStore } from './store';

/** The page's time-series notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const timeseriesAe = createTimeseriesStore({
  client: new TrainingClient(),
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: (backend, secondsPerEpoch, nTrain, p) => rememberBatchSpeed(backend, secondsPerEpoch, Math.ceil(nTrain / p.batch)),
});

export const actions = timeseriesAe.actions;

/** Reads a slice of the lesson state in a component. */
export function useLesson<T>(select: (s: TimeseriesState) => T): T {
  return useStore(timeseriesAe.store, select);
}
