import * as tf from '@tensorflow/tfjs';
import { useNodeBackend } from './node-backend';
import { readArgs } from './eval/args';
import { validateFlags } from './eval/validate-flags';
import { evalConvAePca } from './eval/conv-ae-pca';
import { evalDenseAe } from './eval/dense-ae';
import { evalMetricLearning } from './eval/metric-learning';
import { evalPatchVae } from './eval/patch-vae';
import { evalSsimAe } from './eval/ssim-ae';
import { evalTimeseriesAe } from './eval/timeseries-ae';
import { JOBS, type JobName } from '../src/worker/jobs';

/**
 * `npm run eval -- --lesson dense-ae --dataset mnist --normal 1 --anomaly 9 --epochs 30 --backend wasm --seed 0`
 * Trains and scores a lesson in Node with the same core as the app. Progress goes
 * to stderr; the last stdout line is one JSON object.
 */
type Evaluation = (...a: Parameters<typeof evalDenseAe>) => Promise<object>;

/** The evaluation of each lesson job of the registry (`JOBS`, src/worker/jobs.ts) that has one, keyed by job name. */
const EVALUATIONS: Partial<Record<JobName, Evaluation>> = {
  'dense-ae': evalDenseAe,
  'patch-vae': evalPatchVae,
  'timeseries-ae': evalTimeseriesAe,
  'ssim-ae': evalSsimAe,
  'conv-ae-pca': evalConvAePca,
  'metric-learning': evalMetricLearning,
};

/** `--lesson` names: the registered jobs with an evaluation, in registry order. */
const LESSONS = (Object.keys(JOBS) as JobName[]).filter((job) => EVALUATIONS[job]);

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  validateFlags(args.lesson ?? '', args);
  const name = LESSONS.find((job) => job === args.lesson);
  const lesson = name && EVALUATIONS[name];
  if (!lesson) throw new Error(`Unknown --lesson ${args.lesson}; known: ${LESSONS.join(', ')}.`);
  const backend = await useNodeBackend(args.backend ?? 'wasm');
  const before = tf.memory().numTensors;
  const result = await lesson(args, backend, (line) => process.stderr.write(`${line}\n`));
  const leaked = tf.memory().numTensors - before;
  process.stdout.write(`${JSON.stringify({ ...result, leakedTensors: leaked })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
