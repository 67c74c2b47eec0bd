import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { packWeights, type WeightPrecision } from '../../core/runs/weights-codec';
import type { CapturedRun, RunMeta, RunPayload } from './run-record';

interface RunsDb extends DBSchema {
  runs: { key: string; value: RunMeta; indexes: { lesson: string } };
  payloads: { key: string; value: RunPayload };
}

/** What keeping a run did: the run as stored (null when it could not be), and the runs deleted to make room. */
export interface SaveOutcome {
  saved: RunMeta | null;
  /** Oldest unpinned runs deleted to make room, oldest first (any lesson). */
  evicted: RunMeta[];
  /** Why it was not kept: even without every unpinned run there is no room. */
  full: boolean;
}

/** Runs kept in IndexedDB, per lesson; survives reloads. */
export interface RunStore {
  /** The lesson's runs, newest first. */
  list(lessonId: string): Promise<RunMeta[]>;
  /** Keeps a run (weights at `precision`, or none), making room by deleting the oldest unpinned runs. */
  save(lessonId: string, run: CapturedRun, precision: WeightPrecision | null, date?: number): Promise<SaveOutcome>;
  payload(id: string): Promise<RunPayload | null>;
  rename(id: string, name: string | null): Promise<RunMeta | null>;
  pin(id: string, pinned: boolean): Promise<RunMeta | null>;
  remove(id: string): Promise<void>;
  /** Bytes of every kept run of every lesson. */
  totalBytes(): Promise<number>;
  close(): void;
}

/** Options of `openRunStore`. */
export interface RunStoreOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** Runs of all lessons together may take at most this many bytes (default 200 MB). */
  budgetBytes?: number;
  /** New ids (default `crypto.randomUUID`). */
  newId?: () => string;
}

/** Default storage budget of all runs. */
export const DEFAULT_BUDGET_BYTES = 200e6;

/** The bytes a run takes in storage: its typed arrays plus its JSON. */
export function runBytes(meta: Omit<RunMeta, 'bytes'>, payload: RunPayload): number {
  const arrays = (v: unknown): number => {
    if (ArrayBuffer.isView(v)) return v.byteLength;
    if (v instanceof ArrayBuffer) return v.byteLength;
    if (v && typeof v === 'object') return Object.values(v).reduce((s: number, x) => s + arrays(x), 0);
    return 0;
  };
  const json = JSON.stringify({ ...meta, curves: null }).length;
  return json + arrays(meta.curves) + arrays(payload);
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'QuotaExceededError' : e instanceof Error && e.name === 'QuotaExceededError';
}

/** Opens (creating if needed) the runs database. */
export async function openRunStore(options: RunStoreOptions = {}): Promise<RunStore> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db: IDBPDatabase<RunsDb> = await openDB<RunsDb>(options.name ?? 'anomaly-lab-runs', 1, {
    upgrade(d) {
      d.createObjectStore('runs', { keyPath: 'id' }).createIndex('lesson', 'lessonId');
      d.createObjectStore('payloads', { keyPath: 'id' });
    },
  });

  async function remove(id: string): Promise<void> {
    const tx = db.transaction(['runs', 'payloads'], 'readwrite');
    await Promise.all([tx.objectStore('runs').delete(id), tx.objectStore('payloads').delete(id), tx.done]);
  }

  async function update(id: string, patch: Partial<Pick<RunMeta, 'name' | 'pinned'>>): Promise<RunMeta | null> {
    const tx = db.transaction('runs', 'readwrite');
    const run = await tx.store.get(id);
    if (!run) return null;
    const next = { ...run, ...patch };
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  }

  async function write(meta: RunMeta, payload: RunPayload): Promise<void> {
    const tx = db.transaction(['runs', 'payloads'], 'readwrite');
    await Promise.all([tx.objectStore('runs').put(meta), tx.objectStore('payloads').put(payload), tx.done]);
  }

  async function save(lessonId: string, run: CapturedRun, precision: WeightPrecision | null, date = Date.now()): Promise<SaveOutcome> {
    const { scores, labels, weights, ...rest } = run;
    const id = newId();
    const packed = weights && precision ? packWeights(weights, precision) : null;
    const payload: RunPayload = { id, scores, labels, weights: packed };
    const mine = await db.getAllFromIndex('runs', 'lesson', lessonId);
    const seq = mine.reduce((m, r) => Math.max(m, r.seq), 0) + 1;
    const base = { ...rest, id, lessonId, seq, name: null, pinned: false, date, weightPrecision: packed ? precision : null, weightBytes: packed?.data.byteLength ?? 0 };
    const meta: RunMeta = { ...base, bytes: runBytes(base, payload) };
    const all = (await db.getAll('runs')).sort((a, b) => a.date - b.date);
    const candidates = all.filter((r) => !r.pinned);
    let used = all.reduce((s, r) => s + r.bytes, 0);
    const evicted: RunMeta[] = [];
    if (used - candidates.reduce((s, r) => s + r.bytes, 0) + meta.bytes > budget) return { saved: null, evicted, full: true };
    while (used + meta.bytes > budget) {
      const oldest = candidates.shift()!;
      await remove(oldest.id);
      evicted.push(oldest);
      used -= oldest.bytes;
    }
    for (;;) {
      try {
        await write(meta, payload);
        return { saved: meta, evicted, full: false };
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        const oldest = candidates.shift();
        if (!oldest) return { saved: null, evicted, full: true };
        await remove(oldest.id);
        evicted.push(oldest);
      }
    }
  }

  return {
    list: async (lessonId) => (await db.getAllFromIndex('runs', 'lesson', lessonId)).sort((a, b) => b.date - a.date || b.seq - a.seq),
    save,
    payload: async (id) => (await db.get('payloads', id)) ?? null,
    rename: (id, name) => update(id, { name: name?.trim() ? name.trim().slice(0, 80) : null }),
    pin: (id, pinned) => update(id, { pinned }),
    remove,
    totalBytes: async () => (await db.getAll('runs')).reduce((s, r) => s + r.bytes, 0),
    close: () => db.close(),
  };
}
