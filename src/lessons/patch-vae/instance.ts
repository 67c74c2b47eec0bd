import { useStore } from 'zustand';
import { fetchClass } from '../../data/dataset-client';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { TrainingClient } from '../../worker/training-client';
import { rememberBatchSpeed } from './speed';
import type { PatchVaeState } from './state';
import { createPatchVaeStore } from './store';

/** The page's patch-VAE notebook: one store for the page's lifetime, so leaving and coming back keeps results. */
export const patchVae = createPatchVaeStore({
  fetchClass,
  client: new TrainingClient(),
  backendPreference: getBackendPreference,
  onBackendReport: setBackendReport,
  onSpeed: rememberBatchSpeed,
});

export const actions = patchVae.actions;

/** Reads a slice of the lesson state in a component. */
export function useLesson<T>(select: (s: PatchVaeState) => T): T {
  return useStore(patchVae.store, select);
}
