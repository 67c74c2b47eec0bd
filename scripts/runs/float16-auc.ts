/**
 * How much lesson 1's AUC moves when a run's weights are kept as float16:
 * trains the app's default lesson-1 model (MNIST 1 vs 9, seed 0, wasm), scores
 * the test set with the float32 weights and with the weights rounded to
 * float16, and prints both AUCs, the change and the bytes of each.
 * Usage: npx tsx scripts/runs/float16-auc.ts [--epochs N]
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { loadClass } from '../../build/datasets';
import { buildImageSplit } from '../../src/core/data/class-split';
import type { DenseAeConfig } from '../../src/core/model/dense-ae-architecture';
import { rocAuc } from '../../src/core/metrics/roc';
import { denseAeJob } from '../../src/core/pipeline/dense-ae-job';
import { denseAeScoreJob } from '../../src/core/pipeline/dense-ae-score-job';
import type { JobEvent } from '../../src/core/pipeline/job-events';
import { packWeights, unpackWeights } from '../../src/core/runs/weights-codec';

async function drain<R>(gen: AsyncGenerator<JobEvent, R>): Promise<R> {
  let step = await gen.next();
  while (!step.done) step = await gen.next();
  return step.value;
}

const epochsArg = process.argv.indexOf('--epochs');
const epochs = epochsArg > 0 ? Number(process.argv[epochsArg + 1]) : 20;
await tf.setBackend('wasm');
await tf.ready();
const split = buildImageSplit(new Map([[1, await loadClass('mnist', 'train', 1)]]), new Map([[1, await loadClass('mnist', 'test', 1)], [9, await loadClass('mnist', 'test', 9)]]), { normal: [1], anomaly: [9] }, { seed: 0 });
const model: DenseAeConfig = { inputSize: 784, hidden: [392], latent: 64, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' };
const t0 = performance.now();
const trained = await drain(denseAeJob({ split, model, train: { epochs, batchSize: 256, learningRate: 0.001, patience: 10, seed: 0 }, initSeed: 0 }, new AbortController().signal));
const trainSeconds = (performance.now() - t0) / 1000;
const out: Record<string, number> = { epochs: trained.epochsRun, trainSeconds };
for (const precision of ['float32', 'float16'] as const) {
  const packed = packWeights(trained.weights, precision);
  const t1 = performance.now();
  const r = await drain(denseAeScoreJob({ split, model, weights: unpackWeights(packed) }));
  out[`${precision}Seconds`] = (performance.now() - t1) / 1000;
  out[`${precision}Bytes`] = packed.data.byteLength;
  out[`${precision}AucL1`] = rocAuc(r.test.l1, split.testLabels);
  out[`${precision}AucL2`] = rocAuc(r.test.l2, split.testLabels);
}
out.trainedAucL1 = rocAuc(trained.test.l1, split.testLabels);
out.deltaAucL1 = out.float16AucL1 - out.float32AucL1;
out.deltaAucL2 = out.float16AucL2 - out.float32AucL2;
console.log(JSON.stringify(out));
