import { denseAeJob, type DenseAeJobInput, type DenseAeJobResult } from '../core/pipeline/dense-ae-job';
import type { CalibrationWorkload } from '../core/backend/calibrate';
import { convAePcaJob } from '../core/pipeline/conv-ae-pca-job';
import type { ConvAePcaJobInput, ConvAePcaJobResult } from '../core/pipeline/conv-ae-pca-types';
import type { Job } from '../core/pipeline/job-events';
import { DEFAULT_CALIBRATION_WORKLOAD, denseAeCalibration, timeseriesAeCalibration } from './calibration-workload';
import { metricLearningJob } from '../core/pipeline/metric-learning-job';
import type { MetricLearningJobInput, MetricLearningJobResult } from '../core/pipeline/metric-learning-types';
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
  'metric-learning': { input: MetricLearningJobInput; result: MetricLearningJobResult };
  'conv-ae-pca': { input: ConvAePcaJobInput; result: ConvAePcaJobResult };
}
export type JobName = keyof JobTypes;

/** A registered job: its core function and, for jobs that train a dense model, the workload 'auto' calibrates backends on. */
export interface JobSpec<I, R> {
  run: Job<I, R>;
  /** Without one, 'auto' calibrates on lesson 1's default training (relative backend speeds carry over roughly). */
  calibration?: (input: I) => CalibrationWorkload;
}

/** Every job, registered once: the worker runs it, and 'auto' calibrates with it. */
export const JOBS: { [K in JobName]: JobSpec<JobTypes[K]['input'], JobTypes[K]['result']> } = {
  'dense-ae': { run: denseAeJob, calibration: denseAeCalibration },
  'patch-vae': { run: patchVaeJob },
  'patch-vae-score': { run: patchVaeScoreJob },
  'timeseries-ae': { run: timeseriesAeJob, calibration: timeseriesAeCalibration },
  'ssim-ae': { run: ssimAeJob },
  'metric-learning': { run: metricLearningJob },
  'conv-ae-pca': { run: convAePcaJob },
  ...(Object.fromEntries(Object.entries(SCORE_JOBS).map(([k, run]) => [k, { run }])) as { [K in keyof ScoreJobTypes]: JobSpec<ScoreJobTypes[K]['input'], ScoreJobTypes[K]['result']> }),
};

/** The workload 'auto' calibrates backends on before running `job` on `input`. */
export function calibrationWorkload(job: JobName, input: unknown): CalibrationWorkload {
  const calibrate = JOBS[job].calibration as ((i: unknown) => CalibrationWorkload) | undefined;
  return calibrate ? calibrate(input) : DEFAULT_CALIBRATION_WORKLOAD;
}
