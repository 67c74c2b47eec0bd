import { denseAeJob, type DenseAeJobInput, type DenseAeJobResult } from '../core/pipeline/dense-ae-job';
import type { Job } from '../core/pipeline/job-events';
import { timeseriesAeJob, type TimeseriesAeJobInput, type TimeseriesAeJobResult } from '../core/pipeline/timeseries-ae-job';

/** Every job the worker can run: name → input and result types. Lessons add theirs here. */
export interface JobTypes {
  'dense-ae': { input: DenseAeJobInput; result: DenseAeJobResult };
  'timeseries-ae': { input: TimeseriesAeJobInput; result: TimeseriesAeJobResult };
}
export type JobName = keyof JobTypes;

/** The core function behind each job name. */
export const JOBS: { [K in JobName]: Job<JobTypes[K]['input'], JobTypes[K]['result']> } = {
  'dense-ae': denseAeJob,
  'timeseries-ae': timeseriesAeJob,
};
