import { workerFailureText } from './worker-failure-text';

/**
 * Why a training run ended without a result, as a code the UI words in the
 * learner's language (`workerFailureText`):
 * - `worker-start-failed`: the worker script failed before it ever answered.
 * - `worker-died`: the worker exited or crashed during the run (`self.close()`, an
 *   uncaught error, the browser ending it).
 * - `worker-hung`: no sign of life for `HANG_TIMEOUT_MS`; the worker was ended.
 * - `worker-stop-timeout`: Stop was not answered within `STOP_TIMEOUT_MS`; the worker was ended.
 * - `worker-message-error`: a message from the worker could not be read.
 * - `superseded`: a newer run replaced this one.
 * - `stopped-before-start`: Stop came while the run still waited for the worker.
 */
export type RunFailureCode =
  | 'worker-start-failed'
  | 'worker-died'
  | 'worker-hung'
  | 'worker-stop-timeout'
  | 'worker-message-error'
  | 'superseded'
  | 'stopped-before-start';

/**
 * Rejection of a run that ended without a result. `code` is what the UI words;
 * `message` is the English wording, a fallback for code that shows
 * `error.message`; `detail` is the browser's own text, if any (for logs).
 */
export class RunFailure extends Error {
  constructor(
    readonly code: RunFailureCode,
    readonly detail?: string,
  ) {
    super(workerFailureText(code, 'en'));
    this.name = 'RunFailure';
  }
}

/** Rejection of a run replaced by a newer one (code `superseded`); `by` is the newer run's job name, when there is one. */
export class RunSuperseded extends RunFailure {
  constructor(readonly by?: string) {
    super('superseded');
    this.name = 'RunSuperseded';
  }
}

/** Whether the worker was ended and replaced because of this failure. */
export function workerReplaced(code: RunFailureCode): boolean {
  return code !== 'superseded' && code !== 'stopped-before-start';
}
