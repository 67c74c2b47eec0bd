import type { BackendPreference } from '../core/backend/backend-choice';
import type { BackendNote } from '../core/backend/backend-notes';
import type { JobEvent } from '../core/pipeline/job-events';
import { yieldToEventLoop } from '../core/train/yield-to-event-loop';
import { HEARTBEAT_INTERVAL_MS, type BackendReport, type FromWorker } from './protocol';

/** What running a job needs from its surroundings (the real worker, or fakes in tests). */
export interface RunJobDeps {
  ensureBackend(preference: BackendPreference): Promise<BackendReport>;
  /** Registers (or clears, with null) the handler called when the GPU device is lost. */
  onDeviceLost(handler: ((reason: string) => void) | null): void;
  job(input: unknown, signal: AbortSignal): AsyncGenerator<JobEvent, unknown>;
  post(msg: FromWorker): void;
  /** Milliseconds clock (default `performance.now`). */
  now?(): number;
  /** True once the run's result is no longer wanted: the job is ended at its next event (default: never). */
  discarded?(): boolean;
  /** Calls `fn` every `ms` until the returned function is called (default `setInterval`). */
  every?(ms: number, fn: () => void): () => void;
  /** Lets the worker's event loop run: timers, a cancel message (default `yieldToEventLoop`). */
  turn?(): Promise<void>;
}

/**
 * After an event, the job lets the event loop turn if it has not for this long.
 * The training loop already yields between batches, but scoring phases only
 * await promises; without these turns a cancel and the heartbeat would wait for
 * the whole phase (seconds) instead of one chunk.
 */
export const TURN_INTERVAL_MS = 100;

/**
 * Batch events are posted at most this often (and always for an epoch's last
 * batch): the page re-renders on each, and on a 2-core machine every main-thread
 * millisecond is taken from training. 782 batches per epoch posted one by one
 * slowed the patch VAE's epochs from ~15 s to ~25 s in the app.
 */
export const BATCH_EVENT_INTERVAL_MS = 100;

function everyInterval(ms: number, fn: () => void): () => void {
  const id = setInterval(fn, ms);
  return () => clearInterval(id);
}

/**
 * Runs one job on the preferred backend and posts its backend report, events
 * (batch events thinned to one per `BATCH_EVENT_INTERVAL_MS`) and result (or
 * error), with a heartbeat every `HEARTBEAT_INTERVAL_MS` until it ends that
 * counts the job's steps. If the GPU device is lost during the run, the backend
 * layer marks it broken; the job is restarted once on the next backend and the
 * report says why. A discarded run is ended at its next event (its tensors
 * freed) and answered `discarded`.
 */
export async function runJob(runId: number, input: unknown, preference: BackendPreference, signal: AbortSignal, deps: RunJobDeps): Promise<void> {
  const progress = { steps: 0 };
  const stopHeartbeat = (deps.every ?? everyInterval)(HEARTBEAT_INTERVAL_MS, () => deps.post({ type: 'heartbeat', runId, steps: progress.steps }));
  try {
    await runAttempts(runId, input, preference, signal, deps, progress);
  } finally {
    stopHeartbeat();
  }
}

async function runAttempts(runId: number, input: unknown, preference: BackendPreference, signal: AbortSignal, deps: RunJobDeps, progress: { steps: number }): Promise<void> {
  const now = deps.now ?? (() => performance.now());
  const turn = deps.turn ?? yieldToEventLoop;
  const discarded = deps.discarded ?? (() => false);
  let lostReason: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    deps.onDeviceLost((reason) => {
      lostReason = reason;
    });
    try {
      const report = await deps.ensureBackend(preference);
      if (discarded()) {
        deps.post({ type: 'discarded', runId });
        return;
      }
      const notes: BackendNote[] = attempt > 0 ? [{ kind: 'device-lost', reason: lostReason ?? 'unknown reason', now: report.backend }, ...report.notes] : report.notes;
      deps.post({ type: 'backend', runId, report: { ...report, notes } });
      const gen = deps.job(input, signal);
      let lastBatchPost = -Infinity;
      let lastTurn = now();
      let step = await gen.next();
      while (!step.done) {
        progress.steps += 1;
        if (lostReason !== null && attempt === 0) break;
        const e = step.value;
        const thin = e.type === 'batch' && e.batch < e.batchesPerEpoch && now() - lastBatchPost < BATCH_EVENT_INTERVAL_MS;
        if (!thin) {
          if (e.type === 'batch') lastBatchPost = now();
          deps.post({ type: 'event', runId, event: e });
        }
        if (now() - lastTurn >= TURN_INTERVAL_MS) {
          await turn();
          lastTurn = now();
        }
        if (discarded()) {
          await gen.return(undefined).catch(() => undefined);
          deps.post({ type: 'discarded', runId });
          return;
        }
        step = await gen.next();
      }
      if (lostReason !== null && attempt === 0) {
        await gen.return(undefined).catch(() => undefined);
        continue;
      }
      deps.post(discarded() ? { type: 'discarded', runId } : { type: 'result', runId, result: step.value as never });
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
