import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  fetchOfflineManifest,
  makeAvailableOffline,
  OfflineError,
  offlineStatus,
  type OfflineDeps,
  type OfflineFailure,
  type OfflineProgress,
} from '../../data/offline-cache';
import type { OfflineManifest } from '../../data/offline-manifest';

/**
 * Where "Make available offline" stands. `unknown` before the first check;
 * `stored` when every file is already in the caches; `partial` when some are
 * missing (nothing is said until the learner presses the button).
 */
export interface OfflineState {
  phase: 'unknown' | 'checking' | 'partial' | 'stored' | 'saving' | 'done' | 'failed';
  progress: OfflineProgress | null;
  failure: OfflineFailure | null;
  /** The status line was closed by the learner. */
  dismissed: boolean;
}

/** The button's state and actions; one per page, so leaving the home page does not stop a download. */
export interface OfflineController {
  store: StoreApi<OfflineState>;
  /** Reads the manifest and counts what is stored, without downloading (failures stay silent). */
  check(): Promise<void>;
  /** Stores everything not stored yet; never throws (a failure becomes the `failed` phase). */
  save(): Promise<void>;
  dismiss(): void;
}

const INITIAL: OfflineState = { phase: 'unknown', progress: null, failure: null, dismissed: false };

/**
 * Creates the controller over `deps` (the browser's by default). `afterSave`
 * runs once everything is stored (asks the browser to keep the files).
 */
export function createOfflineController(deps: () => OfflineDeps, afterSave: () => Promise<unknown> = async () => undefined): OfflineController {
  const store = createStore<OfflineState>(() => INITIAL);
  let manifest: OfflineManifest | null = null;
  const busy = () => ['checking', 'saving'].includes(store.getState().phase);

  async function check(): Promise<void> {
    if (busy() || store.getState().phase !== 'unknown') return;
    store.setState({ phase: 'checking' });
    try {
      const d = deps();
      manifest = await fetchOfflineManifest(d);
      const progress = await offlineStatus(d, manifest);
      if (store.getState().phase !== 'checking') return;
      store.setState({ phase: progress.doneFiles === progress.totalFiles ? 'stored' : 'partial', progress });
    } catch {
      if (store.getState().phase === 'checking') store.setState({ phase: 'unknown' });
    }
  }

  async function save(): Promise<void> {
    if (store.getState().phase === 'saving') return;
    store.setState({ phase: 'saving', failure: null, dismissed: false });
    try {
      const d = deps();
      manifest = await fetchOfflineManifest(d);
      const progress = await makeAvailableOffline(d, manifest, (p) => store.setState({ progress: p }));
      await afterSave().catch(() => undefined);
      store.setState({ phase: 'done', progress });
    } catch (e) {
      const failure: OfflineFailure = e instanceof OfflineError ? e.failure : { code: 'store-failed', path: '', detail: e instanceof Error ? e.message : String(e) };
      const progress = e instanceof OfflineError && e.progress ? e.progress : store.getState().progress;
      store.setState({ phase: 'failed', failure, progress });
    }
  }

  return { store, check, save, dismiss: () => store.setState({ dismissed: true }) };
}
