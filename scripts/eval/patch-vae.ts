import { writeFileSync } from 'node:fs';
import { buildImageSplit } from '../../src/core/data/class-split';
import type { VarianceModel } from '../../src/core/model/patch-vae';
import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../src/core/pipeline/patch-vae-defaults';
import { headlineMetrics } from '../../src/core/pipeline/headline-metrics';
import { aggregateWindows } from '../../src/core/score/aggregate-windows';
import { positionNormalized } from '../../src/core/score/position-norm';
import { newScoreAt, type WindowScores } from '../../src/core/score/window-scores';
import { intArg, loadImageClasses, numArg, type EvalArgs } from './args';
import { recordFacts } from './facts';
import { runLogged } from './run-logged';

const VARIANCES: VarianceModel[] = ['pixel', 'floor', 'shared'];

/**
 * Trains and scores the patch-VAE lesson (seed 004) in Node; returns the JSON
 * summary with both scores' AUCs and the time of scoring every test window.
 * `aucOld` is the seed's old score; `aucNew` the new score as the lesson shows it
 * by default (σ² floored at `scoreFloor`, windows compared per place over the
 * held-out normals); the other variants are reported beside them.
 * Flags: --patches --stride --patch-size --variance pixel|floor|shared --floor --beta --score-floor
 * --latent --epochs --batch --lr --max-train --clip-norm (0 = off) --dump FILE (every window score as JSON, for analysis) --hold-out (fraction of train normals kept out of the
 * patches for position statistics) --facts FILE[#key] (store the result for the prose).
 */
export async function evalPatchVae(args: EvalArgs, backend: string, log: (line: string) => void) {
  const { dataset, normal, anomaly, train, test } = await loadImageClasses(args);
  const seed = intArg(args.seed, 0, 'seed');
  const maxTrain = args['max-train'] ? intArg(args['max-train'], 0, 'max-train') : undefined;
  const holdOut = numArg(args['hold-out'], D.holdOut, 'hold-out');
  if (!(holdOut >= 0 && holdOut <= 0.5)) throw new Error(`--hold-out must be in [0, 0.5] (got ${holdOut}).`);
  const split = buildImageSplit(train, test, { normal, anomaly }, { seed, valFraction: holdOut, maxTrain });
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
    clipNorm: numArg(args['clip-norm'], D.train.clipNorm ?? 0, 'clip-norm'),
    seed,
  };
  log(
    `patch-vae: ${dataset} normal ${normal} vs anomaly ${anomaly}; ${split.counts.train} train images → ${patches.count} patches; ` +
      `test ${split.counts.testNormal}+${split.counts.testAnomaly}; variance ${variance}${variance === 'floor' ? ` ≥ ${model.varianceFloor}` : ''}; β ${model.beta}; backend ${backend}`,
  );
  const input = { side: 28, trainX: split.trainX, testX: split.testX, heldOutX: split.valX, patches, model, train: trainOpts, initSeed: seed, detailIndices: [], latentSamples: 0, latentGrid: 1 };
  const r = await runLogged('patch-vae', input, log);
  const labels = split.testLabels;
  const auc = (scores: Float32Array) => headlineMetrics(scores, labels).auc;
  const scoreFloor = numArg(args['score-floor'], D.scoreFloor, 'score-floor');
  // The lesson's default new score: σ² floored when scoring, each window compared with its place on held-out normals.
  const perPlace = r.heldOut ? positionNormalized(r.test, r.heldOut) : null;
  const shownNew = newScoreAt(perPlace ?? r.test, scoreFloor);
  const old = headlineMetrics(r.test.old, labels);
  const nw = headlineMetrics(shownNew.image, labels);
  const byFloor = (scores: WindowScores) => Object.fromEntries(scores.news.map((s) => [String(s.floor), auc(s.image)]));
  const perImage = r.test.grid * r.test.grid;
  const top5 = (map: Float32Array) => auc(aggregateWindows(map, perImage, { kind: 'topk', k: 5 }));
  if (args.dump) {
    const maps = (w: WindowScores) => ({ old: Array.from(w.oldMap), news: Object.fromEntries(w.news.map((n) => [String(n.floor), Array.from(n.map)])) });
    writeFileSync(args.dump, JSON.stringify({ grid: r.test.grid, labels: Array.from(split.testLabels), test: maps(r.test), heldOut: r.heldOut ? maps(r.heldOut) : null }));
    log(`window maps written to ${args.dump}`);
  }
  log(`scored ${r.windows} windows in ${r.scoringSeconds.toFixed(2)} s; min σ² ${r.test.minSigma2.toExponential(2)}`);
  const result = {
    lesson: 'patch-vae',
    dataset,
    normal,
    anomaly,
    aucOld: old.auc,
    aucNew: nw.auc,
    scoreFloor: shownNew.floor,
    positionNormalized: perPlace !== null,
    aucNewRaw: auc(newScoreAt(r.test, 0).image),
    aucNewFloorOnly: auc(newScoreAt(r.test, scoreFloor).image),
    aucOldPerPlace: perPlace ? auc(perPlace.old) : null,
    aucNewByFloor: byFloor(r.test),
    aucNewByFloorPerPlace: perPlace ? byFloor(perPlace) : null,
    aucTop5: { old: top5(r.test.oldMap), new: top5(shownNew.map) },
    holdOut,
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
  recordFacts(args.facts, 'patch-vae', { patches, model, train: trainOpts, scoreFloor, holdOut, grid: r.test.grid }, result, log);
  return result;
}
