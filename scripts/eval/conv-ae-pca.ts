import { loadFaceBytes } from '../../build/faces';
import { faceDataFromBytes } from '../../src/core/faces/face-files';
import { convAePcaJob } from '../../src/core/pipeline/conv-ae-pca-job';
import type { ConvAePcaJobInput, FaceStyle, FaceVariant } from '../../src/core/pipeline/conv-ae-pca-types';
import { maxComponents, SETTINGS, type ConvAePcaParams } from '../../src/lessons/conv-ae-pca/params';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { intArg, numArg, type EvalArgs } from './args';
import { recordFacts } from './facts';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Whole-number settings and their flags. */
const INT_FLAGS = [
  ['trainCount', 'train-count'],
  ['testEach', 'test-each'],
  ['k', 'k'],
  ['latent', 'latent'],
  ['depth', 'depth'],
  ['epochs', 'epochs'],
  ['batch', 'batch'],
  ['seed', 'seed'],
] as const satisfies readonly (readonly [keyof ConvAePcaParams, keyof EvalArgs])[];

/** The lesson's settings with the flags applied (already checked against the settings table). */
function paramsOf(args: EvalArgs): ConvAePcaParams {
  const p = { ...defaultsOf(SETTINGS) };
  for (const [key, flag] of INT_FLAGS) p[key] = intArg(args[flag], p[key], flag);
  p.lr = numArg(args.lr, p.lr, 'lr');
  if (args.faces) p.faces = args.faces as ConvAePcaParams['faces'];
  if (args.variant) p.variant = args.variant as ConvAePcaParams['variant'];
  if (args.width) p.width = args.width as ConvAePcaParams['width'];
  return p;
}

/**
 * Post 003 in Node: PCA and the convolutional AE (MSE) fitted on DiceBear faces
 * without glasses, scored on test faces with and without them (exact glasses
 * masks): image AUC, pixel AUC of |input − reconstruction|, explained
 * variance at k, seconds per epoch. Flags: --faces lorelei|notionists|open-peeps
 * --variant normal|hard --train-count --test-each --k --latent --depth
 * --width 0.25|0.5|1 --epochs --batch --lr --seed.
 */
export async function evalConvAePca(args: EvalArgs, backend: string, log: (line: string) => void) {
  const p = paramsOf(args);
  const style = p.faces as FaceStyle;
  const variant = p.variant as FaceVariant;
  const started = performance.now();
  const data = faceDataFromBytes(await loadFaceBytes(style, variant), style, variant, { nTrain: p.trainCount, nTestNormal: p.testEach, nTestAnomaly: p.testEach });
  log(`conv-ae-pca: ${style} ${variant}; ${p.trainCount} train, ${p.testEach} + ${p.testEach} test faces of ${data.size}² (faces ready in ${((performance.now() - started) / 1000).toFixed(1)} s); backend ${backend}`);
  const kMax = maxComponents(p.trainCount, data.size);
  const input: ConvAePcaJobInput = {
    data,
    pca: { k: Math.min(p.k, kMax), maxComponents: kMax },
    ae: { latent: p.latent, depth: p.depth, width: Number(p.width), epochs: p.epochs, batchSize: p.batch, learningRate: p.lr },
    seed: p.seed,
  };
  const gen = convAePcaJob(input, new AbortController().signal);
  let step = await gen.next();
  while (!step.done) {
    const e = step.value;
    if (e.type === 'epoch') log(`epoch ${e.epoch}: train ${e.trainLoss.toFixed(5)} (${e.seconds.toFixed(1)} s)`);
    step = await gen.next();
  }
  const { pca, ae, seconds } = step.value;
  log(`pca: ${pca.seconds.toFixed(1)} s; total ${seconds.toFixed(1)} s`);
  const k = input.pca.k;
  const bestK = pca.aucByK.reduce((best, auc, i) => (auc > pca.aucByK[best] ? i : best), 0) + 1;
  const result = {
    lesson: 'conv-ae-pca',
    faces: style,
    variant,
    pcaAuc: round(pca.evaluation.auc),
    aeAuc: round(ae!.evaluation.auc),
    pcaPixelAuc: round(pca.evaluation.pixelAuc),
    aePixelAuc: round(ae!.evaluation.pixelAuc),
    pcaPixelAucAnomalies: round(pca.evaluation.pixelAucAnomalies),
    aePixelAucAnomalies: round(ae!.evaluation.pixelAucAnomalies),
    pcaMeanDiffInside: round(pca.evaluation.meanDiffInside),
    pcaMeanDiffOutside: round(pca.evaluation.meanDiffOutside),
    aeMeanDiffInside: round(ae!.evaluation.meanDiffInside),
    aeMeanDiffOutside: round(ae!.evaluation.meanDiffOutside),
    k,
    latent: p.latent,
    depth: p.depth,
    width: Number(p.width),
    explainedVariance: round(pca.cumulativeExplained[k - 1]),
    pcaBestK: bestK,
    pcaBestKAuc: round(pca.aucByK[bestK - 1]),
    aeFinalLoss: round(ae!.trainLoss.at(-1) ?? NaN),
    aeParameters: ae!.parameters,
    epochs: ae!.epochsRun,
    pcaSeconds: round(pca.seconds),
    secondsPerEpoch: round(ae!.secondsPerEpoch),
    totalSeconds: round(seconds),
    trainCount: p.trainCount,
    testEach: p.testEach,
    backend,
  };
  recordFacts(args.facts, 'conv-ae-pca', { ...p }, result, log);
  return result;
}
