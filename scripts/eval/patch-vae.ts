import { buildImageSplit } from '../../src/core/data/class-split';
import { isDatasetName } from '../../src/core/data/dataset-files';
import type { VarianceModel } from '../../src/core/model/patch-vae';
import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../src/core/pipeline/patch-vae-defaults';
import { patchVaeJob } from '../../src/core/pipeline/patch-vae-job';
import { summarizeScores } from '../../src/core/pipeline/score-summary';
import { aggregateWindows } from '../../src/core/score/aggregate-windows';
import { newScoreAt } from '../../src/core/score/window-scores';
import { loadClass } from '../../build/datasets';
import { classList, intArg, numArg, type EvalArgs } from './args';

const VARIANCES: VarianceModel[] = ['pixel', 'floor', 'shared'];

/**
 * Trains and scores the patch-VAE lesson (seed 004) in Node; returns the JSON
 * summary with both scores' AUCs and the time of scoring every test window.
 * Flags: --patches --stride --patch-size --variance pixel|floor|shared --floor --beta --score-floor
 * --latent --epochs --batch --lr --max-train.
 */
export async function evalPatchVae(args: EvalArgs, backend: string, log: (line: string) => void) {
  const dataset = args.dataset ?? 'mnist';
  if (!isDatasetName(dataset)) throw new Error(`--dataset must be mnist or fashion (got ${dataset}).`);
  const normal = classList(args.normal ?? '1');
  const anomaly = classList(args.anomaly ?? '9', normal);
  const classes = [...new Set([...normal, ...anomaly])];
  const train = new Map(await Promise.all(normal.map(async (c) => [c, await loadClass(dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all(classes.map(async (c) => [c, await loadClass(dataset, 'test', c)] as const)));
  const seed = intArg(args.seed, 0, 'seed');
  const maxTrain = args['max-train'] ? intArg(args['max-train'], 0, 'max-train') : undefined;
  const split = buildImageSplit(train, test, { normal, anomaly }, { seed, valFraction: 0, maxTrain });
  const variance = (args.variance ?? D.model.variance) as VarianceModel;
  if (!VARIANCES.includes(variance)) throw new Error(`--variance must be ${VARIANCES.join(', ')} (got ${variance}).`);
  const model = {
    ...D.model,
    patchSize: intArg(args['patch-size'], D.model.patchSize, 'patch-size'),
    latent: intArg(args.latent, D.model.latent, 'latent'),
    variance,
    varianceFloor: numArg(args.floor, D.model.varianceFloor, 'floor'),
    beta: numArg(args.beta, D.model.beta, 'beta'),
  };
  const patches = { count: intArg(args.patches, D.patches.count, 'patches'), seed, stride: intArg(args.stride, D.patches.stride, 'stride') };
  const trainOpts = {
    epochs: intArg(args.epochs, D.train.epochs, 'epochs'),
    batchSize: intArg(args.batch, D.train.batchSize, 'batch'),
    learningRate: numArg(args.lr, D.train.learningRate, 'lr'),
    patience: intArg(args.patience, D.train.patience, 'patience'),
    seed,
  };
  log(
    `patch-vae: ${dataset} normal ${normal} vs anomaly ${anomaly}; ${split.counts.train} train images → ${patches.count} patches; ` +
      `test ${split.counts.testNormal}+${split.counts.testAnomaly}; variance ${variance}${variance === 'floor' ? ` ≥ ${model.varianceFloor}` : ''}; β ${model.beta}; backend ${backend}`,
  );
  const input = { side: 28, trainX: split.trainX, testX: split.testX, patches, model, train: trainOpts, initSeed: seed, detailIndices: [], latentSamples: 0, latentGrid: 1 };
  const gen = patchVaeJob(input, new AbortController().signal);
  let step = await gen.next();
  while (!step.done) {
    const e = step.value;
    if (e.type === 'epoch') log(`epoch ${e.epoch}: loss ${e.trainLoss.toFixed(3)} (${e.seconds.toFixed(1)} s)`);
    if (e.type === 'done') log(e.message);
    step = await gen.next();
  }
  const r = step.value;
  const old = summarizeScores(r.test.old, split.testLabels);
  const scoreFloor = numArg(args['score-floor'], D.scoreFloor, 'score-floor');
  const nw = summarizeScores(newScoreAt(r.test, scoreFloor).image, split.testLabels);
  const aucNewByFloor = Object.fromEntries(r.test.news.map((s) => [String(s.floor), summarizeScores(s.image, split.testLabels).auc]));
  const perImage = r.test.grid * r.test.grid;
  const topkAuc = (map: Float32Array) =>
    Object.fromEntries([1, 3, 5, 10].map((k) => [`top${k}`, summarizeScores(aggregateWindows(map, perImage, { kind: 'topk', k }), split.testLabels).auc]));
  const aucByAggregation = { old: topkAuc(r.test.oldMap), ...Object.fromEntries(r.test.news.map((s) => [`new@${s.floor}`, topkAuc(s.map)])) };
  log(`scored ${r.windows} windows in ${r.scoringSeconds.toFixed(2)} s; min σ² ${r.test.minSigma2.toExponential(2)}`);
  return {
    lesson: 'patch-vae',
    dataset,
    normal,
    anomaly,
    aucOld: old.auc,
    aucNew: nw.auc,
    scoreFloor: newScoreAt(r.test, scoreFloor).floor,
    aucNewRaw: aucNewByFloor['0'],
    aucNewByFloor,
    aucByAggregation,
    apOld: old.ap,
    apNew: nw.ap,
    windows: r.windows,
    scoringSeconds: r.scoringSeconds,
    secondsPerEpoch: r.secondsPerEpoch,
    epochs: r.epochsRun,
    finalLoss: r.trainLoss[r.trainLoss.length - 1],
    minSigma2: r.test.minSigma2,
    variance,
    varianceFloor: variance === 'floor' ? model.varianceFloor : null,
    beta: model.beta,
    latent: model.latent,
    patches: patches.count,
    stride: patches.stride,
    batch: trainOpts.batchSize,
    backend,
    nTrainImages: split.counts.train,
    nTestNormal: split.counts.testNormal,
    nTestAnomaly: split.counts.testAnomaly,
  };
}
