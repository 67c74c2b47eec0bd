import { denseAeJob, type DenseAeJobInput, type DenseAeJobResult } from '../core/pipeline/dense-ae-job';
import type { Job } from '../core/pipeline/job-events';
import { patchVaeJob, type PatchVaeJobInput, type PatchVaeJobResult } from '../core/pipeline/patch-vae-job';
import { patchVaeScoreJob, type PatchVaeScoreInput, type PatchVaeScoreResult } from '../core/pipeline/patch-vae-score-job';
import { SCORE_JOBS, type ScoreJobTypes } from './score-jobs';
import { ssimAeJob, type SsimAeJobInput, type SsimAeJobResult } from '../core/pipeline/ssim-ae-job';
import { timeseriesAeJob, type TimeseriesAeJobInput, type TimeseriesAeJobResult } from '../core/pipeline/timeseries-ae-job';

/** Every job the worker can run: name → input and result types. Lessons add theirs here. */
export interface JobTypes extends ScoreJobTypes {
  'dense-ae': { input: DenseAeJobInput; result: DenseAeJobResult };
  'patch-vae': { input: PatchVaeJobInput; result: PatchVaeJobResult };
  'patch-vae-score': { input: PatchVaeScoreInput; result: PatchVaeScoreResult };
  'timeseries-ae': { input: TimeseriesAeJobInput; result: TimeseriesAeJobResult };
  'ssim-ae': { input: SsimAeJobInput; result: SsimAeJobResult };
}
export type JobName = keyof JobTypes;

/** The core function behind each job name. */
export const JOBS: { [K in JobName]: Job<JobTypes[K]['input'], JobTypes[K]['result']> } = {
  'dense-ae': denseAeJob,
  'patch-vae': patchVaeJob,
  'patch-vae-score': patchVaeScoreJob,
  'timeseries-ae': timeseriesAeJob,
  'ssim-ae': ssimAeJob,
  ...SCORE_JOBS,
};
