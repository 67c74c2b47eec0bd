import { label, type BackendPreference } from '../core/backend/backend-choice';
import type { JobEvent } from '../core/pipeline/job-events';
import type { BackendReport, FromWorker } from './protocol';

/** What running a job needs from its surroundings (the real worker, or fakes in tests). */
export interface RunJobDeps {
  ensureBackend(preference: BackendPreference): Promise<BackendReport>;
  /** Registers (or clears, with null) the handler called when the GPU device is lost. */
  onDeviceLost(handler: ((reason: string) => void) | null): void;
  job(input: unknown, signal: AbortSignal): AsyncGenerator<JobEvent, unknown>;
  post(msg: FromWorker): void;
}

/**
 * Runs one job on the preferred backend and posts its backend report, events and
 * result (or error). If the GPU device is lost during the run, the backend layer
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
      const notes = attempt > 0 ? [`The GPU device was lost (${lostReason}); switched to ${label(report.backend)} and restarted training.`, ...report.notes] : report.notes;
      deps.post({ type: 'backend', runId, report: { ...report, notes } });
      const gen = deps.job(input, signal);
      let step = await gen.next();
      while (!step.done) {
        if (lostReason !== null && attempt === 0) break;
        deps.post({ type: 'event', runId, event: step.value });
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
