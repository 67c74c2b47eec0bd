import type { Activation } from '../../src/core/model/activations';
import { generateSeries, groupSizes } from '../../src/core/timeseries/generate-series';
import { groupRoc } from '../../src/core/timeseries/group-roc';
import { poolRows, type TrainingPool } from '../../src/core/timeseries/pool-rows';
import { SEED002_MODEL, SEED002_TRAIN, SEED002_VAL_FRACTION } from '../../src/core/timeseries/seed002-config';
import { GROUP_ID, SEED002_SERIES } from '../../src/core/timeseries/series-spec';
import { intArg, numArg, type EvalArgs } from './args';
import { recordFacts } from './facts';
import { runLogged } from './run-logged';

/**
 * Seed 002, second half, in Node: generate the contaminated set, train on it,
 * and report how well the MSE finds each anomaly group — the cos group on the
 * high tail (aucHigh), the low-noise group on the low tail (aucLow, score −MSE).
 * Flags: --epochs --batch --lr --latent --hidden 50 --activation sigmoid|linear
 * --pool all|clean --val-fraction 0.25 --n-normal 10000 --seed --facts FILE[#key] (store the result for the prose).
 */
export async function evalTimeseriesAe(args: EvalArgs, backend: string, log: (line: string) => void) {
  const seed = intArg(args.seed, 0, 'seed');
  const activation = (args.activation ?? 'sigmoid') as Activation;
  if (activation !== 'sigmoid' && activation !== 'linear') throw new Error(`--activation must be sigmoid or linear (got ${activation}).`);
  const pool = (args.pool ?? 'all') as TrainingPool;
  if (pool !== 'all' && pool !== 'clean') throw new Error(`--pool must be all or clean (got ${pool}).`);
  const spec = { ...SEED002_SERIES, normal: { ...SEED002_SERIES.normal, count: intArg(args['n-normal'], SEED002_SERIES.normal.count, 'n-normal') } };
  const data = generateSeries(spec, seed);
  const model = {
    ...SEED002_MODEL,
    latent: intArg(args.latent, SEED002_MODEL.latent, 'latent'),
    hidden: args.hidden ? args.hidden.split('-').map((h) => intArg(h, 0, 'hidden')) : SEED002_MODEL.hidden,
    outputActivation: activation,
  };
  const train = {
    ...SEED002_TRAIN,
    epochs: intArg(args.epochs, SEED002_TRAIN.epochs, 'epochs'),
    batchSize: intArg(args.batch, SEED002_TRAIN.batchSize, 'batch'),
    learningRate: numArg(args.lr, SEED002_TRAIN.learningRate, 'lr'),
    patience: intArg(args.patience, SEED002_TRAIN.patience, 'patience'),
    seed,
  };
  const valFraction = numArg(args['val-fraction'], SEED002_VAL_FRACTION, 'val-fraction');
  log(`timeseries-ae: ${groupSizes(data).join('/')} series (${data.groupNames.join('/')}), L ${data.L}, ${activation} output, pool ${pool}; backend ${backend}`);
  const r = await runLogged('timeseries-ae', { L: data.L, x: data.x, poolRows: poolRows(data.group, pool), valFraction, model, train, initSeed: seed }, log);
  const meanOf = (g: number): number => {
    let s = 0;
    let c = 0;
    for (let i = 0; i < r.mse.length; i++) if (data.group[i] === g) (s += r.mse[i]), (c += 1);
    return c > 0 ? s / c : NaN;
  };
  const result = {
    lesson: 'timeseries-ae',
    aucHigh: groupRoc(r.mse, data.group, GROUP_ID.cos, GROUP_ID.normal, 'high').auc,
    aucLow: groupRoc(r.mse, data.group, GROUP_ID['low-noise'], GROUP_ID.normal, 'low').auc,
    meanMse: { normal: meanOf(GROUP_ID.normal), lowNoise: meanOf(GROUP_ID['low-noise']), cos: meanOf(GROUP_ID.cos) },
    outputActivation: activation,
    pool,
    secondsPerEpoch: r.secondsPerEpoch,
    epochs: r.epochsRun,
    batchSize: train.batchSize,
    finalTrainLoss: r.trainLoss[r.trainLoss.length - 1],
    finalValLoss: r.valLoss[r.valLoss.length - 1],
    stopReason: r.stopReason,
    backend,
    nTrain: r.nTrain,
    nVal: r.nVal,
    seed,
  };
  recordFacts(args.facts, 'timeseries-ae', { series: spec, model, train, valFraction }, result, log);
  return result;
}
