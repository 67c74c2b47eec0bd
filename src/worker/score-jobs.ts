import { denseAeScoreJob, type DenseAeScoreInput, type DenseAeScoreResult } from '../core/pipeline/dense-ae-score-job';
import type { Job } from '../core/pipeline/job-events';
import { patchVaeRestoreJob, type PatchVaeRestoreInput, type PatchVaeRestoreResult } from '../core/pipeline/patch-vae-restore-job';
import { ssimAeScoreJob, type SsimAeScoreInput, type SsimAeScoreResult } from '../core/pipeline/ssim-ae-score-job';
import { timeseriesAeScoreJob, type TimeseriesAeScoreInput, type TimeseriesAeScoreResult } from '../core/pipeline/timeseries-ae-score-job';

/** Jobs that rebuild a trained model from its weights and score the data again (reopened runs, opened model files). */
export interface ScoreJobTypes {
  'dense-ae-score': { input: DenseAeScoreInput; result: DenseAeScoreResult };
  'timeseries-ae-score': { input: TimeseriesAeScoreInput; result: TimeseriesAeScoreResult };
  'patch-vae-restore': { input: PatchVaeRestoreInput; result: PatchVaeRestoreResult };
  'ssim-ae-score': { input: SsimAeScoreInput; result: SsimAeScoreResult };
}

/** The core function behind each score job. */
export const SCORE_JOBS: { [K in keyof ScoreJobTypes]: Job<ScoreJobTypes[K]['input'], ScoreJobTypes[K]['result']> } = {
  'dense-ae-score': denseAeScoreJob,
  'timeseries-ae-score': timeseriesAeScoreJob,
  'patch-vae-restore': patchVaeRestoreJob,
  'ssim-ae-score': ssimAeScoreJob,
};
