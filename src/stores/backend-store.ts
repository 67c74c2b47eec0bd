import { create } from 'zustand';
import type { BackendReport } from '../worker/protocol';

/** The backend the last training run used, and why faster ones were not. */
export interface BackendState {
  report: BackendReport | null;
}

export const useBackendStore = create<BackendState>()(() => ({ report: null }));

/** Records the worker's backend report (train cells call this from `onBackend`); null clears it. */
export function setBackendReport(report: BackendReport | null): void {
  useBackendStore.setState({ report: report ? { backend: report.backend, notes: [...report.notes] } : null });
}

/** The last report, or null before any run (for code outside React). */
export function getBackendReport(): BackendReport | null {
  return useBackendStore.getState().report;
}

/** The last report; re-renders when a run reports a backend. */
export function useBackendReport(): BackendReport | null {
  return useBackendStore((s) => s.report);
}
