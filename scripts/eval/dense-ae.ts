import { buildImageSplit } from '../../src/core/data/class-split';
import { SEED000_CONFIG, type DenseAeConfig } from '../../src/core/model/dense-autoencoder';
import type { ReconstructionLoss } from '../../src/core/model/losses';
import { bestF1 } from '../../src/core/metrics/best-f1';
import { SETTINGS } from '../../src/lessons/dense-ae/params';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { headlineMetrics } from '../../src/core/pipeline/headline-metrics';
import { intArg, loadImageClasses, numArg, type EvalArgs } from './args';
import { recordFacts } from './facts';
import { runLogged } from './run-logged';

const POST000_THRESHOLDS = Array.from({ length: 40 }, (_, i) => i);

/** Lesson 1's training options from the eval flags: the lesson's settings table fills in any flag left out. */
export function denseTrainOptions(args: Pick<EvalArgs, 'epochs' | 'batch' | 'lr' | 'patience'>, seed: number) {
  const p = defaultsOf(SETTINGS);
  return {
    epochs: intArg(args.epochs, p.epochs, 'epochs'),
    batchSize: intArg(args.batch, p.batch, 'batch'),
    learningRate: numArg(args.lr, p.lr, 'lr'),
    patience: intArg(args.patience, p.patience, 'patience'),
    seed,
  };
}

/** Trains and scores lesson 1 in Node, with the lesson's defaults where a flag is left out; returns the JSON summary (and stores it with `--facts FILE[#key]`). */
export async function evalDenseAe(args: EvalArgs, backend: string, log: (line: string) => void) {
  const p = defaultsOf(SETTINGS);
  const { dataset, normal, anomaly, train, test } = await loadImageClasses(args);
  const seed = intArg(args.seed, 0, 'seed');
  const split = buildImageSplit(train, test, { normal, anomaly }, { seed, maxTrain: args['max-train'] ? intArg(args['max-train'], 0, 'max-train') : undefined });
  const loss = (args.loss ?? 'mse') as ReconstructionLoss;
  if (!['mse', 'bce', 'l1'].includes(loss)) throw new Error(`--loss must be mse, bce or l1 (got ${loss}).`);
  const model: DenseAeConfig = {
    ...SEED000_CONFIG,
    latent: intArg(args.latent, p.latent, 'latent'),
    hidden: args.hidden ? args.hidden.split('-').map((h) => intArg(h, 0, 'hidden')) : SEED000_CONFIG.hidden,
    loss,
  };
  const trainOpts = denseTrainOptions(args, seed);
  log(`dense-ae: ${dataset} normal ${normal} vs anomaly ${anomaly}; train ${split.counts.train}, val ${split.counts.val}, test ${split.counts.testNormal}+${split.counts.testAnomaly}; backend ${backend}`);
  const r = await runLogged('dense-ae', { split, model, train: trainOpts, initSeed: seed }, log);
  const summary = headlineMetrics(r.test.l1, split.testLabels);
  const result = {
    lesson: 'dense-ae',
    dataset,
    normal,
    anomaly,
    auc: summary.auc,
    ap: summary.ap,
    bestF1: summary.bestF1,
    bestF1Anomaly: summary.bestF1Anomaly,
    // Post 000's rule: each score cut to an integer (int(float(…))), thresholds 0..39 only.
    bestF1PostRule: bestF1(Array.from(r.test.l1, Math.trunc), split.testLabels, 'normal', POST000_THRESHOLDS),
    aucL2: headlineMetrics(r.test.l2, split.testLabels).auc,
    secondsPerEpoch: r.secondsPerEpoch,
    epochs: r.epochsRun,
    bestEpoch: r.bestEpoch,
    stopReason: r.stopReason,
    backend,
    nTrain: split.counts.train,
    nVal: split.counts.val,
    nTestNormal: split.counts.testNormal,
    nTestAnomaly: split.counts.testAnomaly,
  };
  recordFacts(args.facts, 'dense-ae', { model, train: trainOpts, valFraction: 0.1 }, result, log);
  return result;
}
