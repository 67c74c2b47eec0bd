import type { Job } from '../../src/core/pipeline/job-events';
import { JOBS, type JobName, type JobTypes } from '../../src/worker/jobs';

/**
 * Runs the registered job `name` (src/worker/jobs.ts) on `input` in this
 * process, as the worker would, logging each epoch and how training ended
 * (`prefix` starts each line); returns the job's result.
 */
export async function runLogged<K extends JobName>(name: K, input: JobTypes[K]['input'], log: (line: string) => void, prefix = ''): Promise<JobTypes[K]['result']> {
  const run = JOBS[name].run as Job<JobTypes[K]['input'], JobTypes[K]['result']>;
  const gen = run(input, new AbortController().signal);
  let step = await gen.next();
  while (!step.done) {
    const e = step.value;
    if (e.type === 'epoch') {
      const val = Number.isNaN(e.valLoss) ? '' : ` val ${e.valLoss.toFixed(5)}`;
      log(`${prefix}epoch ${e.epoch}: train ${e.trainLoss.toFixed(5)}${val} (${e.seconds.toFixed(2)} s)${e.improved ? ' *' : ''}`);
    }
    if (e.type === 'done') log(`${prefix}done: ${e.reason} after ${e.epochsRun} epochs; weights of epoch ${e.bestEpoch}`);
    step = await gen.next();
  }
  return step.value;
}
