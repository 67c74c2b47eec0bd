import type { BackendPreference } from '../core/backend/backend-choice';
import type { BackendNote } from '../core/backend/backend-notes';
import type { JobEvent } from '../core/pipeline/job-events';
import type { BackendReport, FromWorker } from './protocol';

/** What running a job needs from its surroundings (the real worker, or fakes in tests). */
export interface RunJobDeps {
  ensureBackend(preference: BackendPreference): Promise<BackendReport>;
  /** Registers (or clears, with null) the handler called when the GPU device is lost. */
  onDeviceLost(handler: ((reason: string) => void) | null): void;
  job(input: unknown, signal: AbortSignal): AsyncGenerator<JobEvent, unknown>;
  post(msg: FromWorker): void;
  /** Milliseconds clock (default `performance.now`). */
  now?(): number;
}

/**
 * Batch events are posted at most this often (and always for an epoch's last
 * batch): the page re-renders on each, and on a 2-core machine every main-thread
 * millisecond is taken from training. 782 batches per epoch posted one by one
 * slowed the patch VAE's epochs from ~15 s to ~25 s in the app.
 */
export const BATCH_EVENT_INTERVAL_MS = 100;

/**
 * Runs one job on the preferred backend and posts its backend report, events
 * (batch events thinned to one per `BATCH_EVENT_INTERVAL_MS`) and result (or error). If the GPU device is lost during the run, the backend layer
 * marks it broken; the job is restarted once on the next backend and the report
 * says why.
 */
export async function runJob(runId: number, input: unknown, preference: BackendPreference, signal: AbortSignal, deps: RunJobDeps): Promise<void> {
  let lostReason: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    deps.onDeviceLost((reason) => {
      lostReason = reason;
    });
    try {
      const report = await deps.ensureBackend(preference);
      const notes: BackendNote[] = attempt > 0 ? [{ kind: 'device-lost', reason: lostReason ?? 'unknown reason', now: report.backend }, ...report.notes] : report.notes;
      deps.post({ type: 'backend', runId, report: { ...report, notes } });
      const gen = deps.job(input, signal);
      const now = deps.now ?? (() => performance.now());
      let lastBatchPost = -Infinity;
      let step = await gen.next();
      while (!step.done) {
        if (lostReason !== null && attempt === 0) break;
        const e = step.value;
        const thin = e.type === 'batch' && e.batch < e.batchesPerEpoch && now() - lastBatchPost < BATCH_EVENT_INTERVAL_MS;
        if (!thin) {
          if (e.type === 'batch') lastBatchPost = now();
          deps.post({ type: 'event', runId, event: e });
        }
        step = await gen.next();
      }
      if (lostReason !== null && attempt === 0) {
        await gen.return(undefined).catch(() => undefined);
        continue;
      }
      deps.post({ type: 'result', runId, result: step.value as never });
      return;
    } catch (err) {
      if (lostReason !== null && attempt === 0) continue;
      deps.post({ type: 'error', runId, message: err instanceof Error ? err.message : String(err) });
      return;
    } finally {
      deps.onDeviceLost(null);
    }
  }
}
