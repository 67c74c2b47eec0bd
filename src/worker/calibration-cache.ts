/**
 * Remembers backend calibrations across visits in IndexedDB (available in
 * workers, unlike localStorage), with an in-memory copy for this worker. Any
 * storage failure degrades to memory only: a lost entry just means one more
 * short calibration.
 */
import type { BackendName } from '../core/backend/backend-choice';
import type { CalibrationWorkload } from '../core/backend/calibrate';
import { layerSizes } from '../core/model/dense-ae-architecture';

/** One stored calibration. */
export interface StoredCalibration {
  secondsPerStep: number;
  complete: boolean;
}

const DB_NAME = 'anomaly-lab-calibration';
const STORE = 'calibrations';
const memory = new Map<string, StoredCalibration>();
let dbPromise: Promise<IDBDatabase | null> | null = null;

/**
 * Key of a calibration: the backend, the device as the browser describes it
 * (user agent, cores, wasm threads) and the workload's shape. A browser update
 * or another model shape is measured afresh.
 */
export function calibrationKey(backend: BackendName, workload: CalibrationWorkload, env: { userAgent: string; cores: number; wasmThreads: number }): string {
  const m = workload.model;
  const shape = `${layerSizes(m).join('-')}:${m.hiddenActivation}/${m.latentActivation}/${m.outputActivation}:${m.loss}:b${workload.batchSize}`;
  return [backend, shape, env.userAgent, `cores ${env.cores}`, backend === 'wasm' ? `threads ${env.wasmThreads}` : ''].join('|');
}

/** The stored calibration for `key`, or null. Never throws. */
export async function readCalibration(key: string): Promise<StoredCalibration | null> {
  const known = memory.get(key);
  if (known) return known;
  const db = await openDb();
  if (!db) return null;
  const value = await request<StoredCalibration | undefined>(() => db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
  if (value && Number.isFinite(value.secondsPerStep)) memory.set(key, value);
  return value ?? null;
}

/** Stores a calibration. Never throws. */
export async function writeCalibration(key: string, value: StoredCalibration): Promise<void> {
  memory.set(key, value);
  const db = await openDb();
  if (db) await request(() => db.transaction(STORE, 'readwrite').objectStore(STORE).put(value, key));
}

function openDb(): Promise<IDBDatabase | null> {
  dbPromise ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
      open.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return dbPromise;
}

function request<T>(make: () => IDBRequest): Promise<T | undefined> {
  return new Promise((resolve) => {
    try {
      const req = make();
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}
