import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll } from 'vitest';
import { loadClass } from '../../../build/datasets';
import { buildImageSplit, type ImageSplit, type SplitOptions } from '../data/class-split';

/** Test setup shared by the job tests: the file's tests run on the wasm backend, as in the app. */
export function useWasmBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
  });
}

/** Runs a job (or any generator) to its end: every event it yielded, in order, and its result. */
export async function drainJob<E, R>(gen: AsyncGenerator<E, R>): Promise<{ events: E[]; result: R }> {
  const events: E[] = [];
  let step = await gen.next();
  while (!step.done) {
    events.push(step.value);
    step = await gen.next();
  }
  return { events, result: step.value };
}

/** Runs a job to its end and returns only its result. */
export async function jobResult<E, R>(gen: AsyncGenerator<E, R>): Promise<R> {
  return (await drainJob(gen)).result;
}

/** The real MNIST split of the lesson's default task, normal 1 against anomaly 9 (files from `npm run data`). */
export async function mnistOnesVsNines(opts: SplitOptions): Promise<ImageSplit> {
  const train = new Map([[1, await loadClass('mnist', 'train', 1)]]);
  const test = new Map([
    [1, await loadClass('mnist', 'test', 1)],
    [9, await loadClass('mnist', 'test', 9)],
  ]);
  return buildImageSplit(train, test, { normal: [1], anomaly: [9] }, opts);
}
