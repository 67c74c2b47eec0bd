import { loadClass } from '../../build/datasets';
import { isDatasetName } from '../../src/core/data/dataset-files';
import { metricLearningJob } from '../../src/core/pipeline/metric-learning-job';
import { buildClassMetricData } from '../../src/core/pipeline/metric-learning-data';
import type { MetricDatasetSpec, MetricLearningData, MetricLearningJobInput } from '../../src/core/pipeline/metric-learning-types';
import { isTextureName, TEXTURE_NAMES } from '../../src/core/textures/texture-files';
import { SETTINGS, type MetricParams } from '../../src/lessons/metric-learning/params';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NO_BACKBONE, readBackbone, type BackboneState } from '../../src/lessons/metric-learning/backbone';
import { problemText } from '../../src/notebook/settings/problem-text';
import { jobInput } from '../../src/lessons/metric-learning/store';
import { mvtecMetricData, mvtecSpec } from '../../src/lessons/metric-learning/mvtec-source';
import { TEXTURE_CROPS, textureMetricData, textureSpec } from '../../src/lessons/metric-learning/texture-data';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { classList, intArg, numArg, type EvalArgs } from './args';
import { recordFacts } from './facts';
import { loadMvtecDir, problemLines } from './mvtec-dir';
import { loadTexture } from './texture-files';

const round = (x: number) => Math.round(x * 10_000) / 10_000;


/** The lesson's settings with the flags applied (already checked against its settings table). */
function paramsOf(args: EvalArgs): MetricParams {
  const p = defaultsOf(SETTINGS);
  const normal = args.normal ? classList(args.normal) : p.normal;
  const anomaly = args.anomaly ? classList(args.anomaly, normal) : p.anomaly;
  return {
    ...p,
    dataset: (args.dataset ?? p.dataset) as MetricParams['dataset'],
    normal,
    anomaly,
    reference: args.reference ? classList(args.reference, [...normal, ...anomaly]) : p.reference.filter((c) => !normal.includes(c) && !anomaly.includes(c)),
    referencePerClass: intArg(args['reference-per-class'], p.referencePerClass, 'reference-per-class'),
    maxTrain: intArg(args['max-train'], p.maxTrain, 'max-train'),
    seed: intArg(args.seed, p.seed, 'seed'),
    width: (args.width ?? p.width) as MetricParams['width'],
    embedding: intArg(args.embedding, p.embedding, 'embedding'),
    alphaMode: (args['alpha-mode'] ?? p.alphaMode) as MetricParams['alphaMode'],
    alpha: numArg(args.alpha, p.alpha, 'alpha'),
    optimizer: (args.optimizer ?? p.optimizer) as MetricParams['optimizer'],
    lr: numArg(args.lr, p.lr, 'lr'),
    epochs: intArg(args.epochs, p.epochs, 'epochs'),
    batch: intArg(args.batch, p.batch, 'batch'),
    models: intArg(args.models, p.models, 'models'),
    neighbors: intArg(args.neighbors, p.neighbors, 'neighbors'),
    backboneMode: (args['backbone-mode'] ?? p.backboneMode) as MetricParams['backboneMode'],
  };
}

/** `--backbone DIR/model.json`: the model and every .bin beside it, checked as the page checks them. */
async function backboneOf(path: string | undefined): Promise<BackboneState> {
  if (!path) return NO_BACKBONE;
  const dir = dirname(path);
  const names = [basename(path), ...(await readdir(dir)).filter((f) => f.endsWith('.bin'))];
  const files = names.map((name) => ({ name, text: async () => readFile(join(dir, name), 'utf8'), arrayBuffer: async () => new Uint8Array(await readFile(join(dir, name))).buffer }));
  try {
    return await readBackbone(files);
  } catch (e) {
    const problem = e as Parameters<typeof problemText>[0];
    throw new Error(`--backbone ${path}: ${problem?.code ? problemText(problem, 'en') : String(e)}`);
  }
}

async function dataOf(args: EvalArgs, p: MetricParams): Promise<{ spec: MetricDatasetSpec; data: MetricLearningData; name: string }> {
  if (args['mvtec-dir']) {
    const loaded = await loadMvtecDir(args['mvtec-dir'], TEXTURE_CROPS.size);
    if (!loaded.ok) throw new Error(`--mvtec-dir ${args['mvtec-dir']}:\n${problemLines(loaded.problems).join('\n')}`);
    const category = args['mvtec-dir'].replace(/\/+$/, '').split('/').pop() ?? 'mvtec';
    const data = await mvtecMetricData(loaded.images, category, p, loadTexture);
    return { spec: mvtecSpec(category, p), data, name: category };
  }
  if (args.texture) {
    if (!isTextureName(args.texture)) throw new Error(`--texture must be one of ${TEXTURE_NAMES.join(', ')} (got ${args.texture}).`);
    const q = { ...p, texture: args.texture };
    const data = await textureMetricData(q, loadTexture);
    return { spec: textureSpec(q), data, name: args.texture };
  }
  if (!isDatasetName(p.dataset)) throw new Error(`--dataset must be mnist or fashion (got ${p.dataset}).`);
  const reference = p.referencePerClass > 0 ? p.reference : [];
  const trainClasses = [...p.normal, ...reference];
  const train = new Map(await Promise.all(trainClasses.map(async (c) => [c, await loadClass(p.dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all([...p.normal, ...p.anomaly].map(async (c) => [c, await loadClass(p.dataset, 'test', c)] as const)));
  const spec = { kind: 'fashion' as const, normal: p.normal, anomaly: p.anomaly, reference, referencePerClass: p.referencePerClass };
  const data = buildClassMetricData(train, test, spec, { seed: p.seed, maxNormalTrain: p.maxTrain > 0 ? p.maxTrain : undefined });
  return { spec, data, name: `${p.dataset} ${p.normal} vs ${p.anomaly}` };
}

/**
 * Post 001's second half in Node: L2-softmax metric learning on a
 * MobileNetV2 backbone with reference data, LOF and kNN scores, an ensemble
 * of `--models` seeds, against kNN on raw pixels. Flags: the lesson's
 * settings (--dataset --normal --anomaly --reference --reference-per-class
 * --max-train --seed --width --embedding --alpha-mode --alpha --optimizer
 * --lr --epochs --batch --models --neighbors), or --texture NAME /
 * --mvtec-dir DIR (32-pixel crops, reference = the other built-in textures);
 * --backbone DIR/model.json with --backbone-mode frozen|fine-tune for a
 * pretrained backbone.
 */
export async function evalMetricLearning(args: EvalArgs, backend: string, log: (line: string) => void) {
  const p = paramsOf(args);
  const { spec, data, name } = await dataOf(args, p);
  const area = data.size * data.size;
  const nNormal = data.trainClasses.filter((c) => c === 0).length;
  log(`metric-learning: ${name}; ${nNormal} normal + ${data.trainClasses.length - nNormal} reference training images, ${data.validation.length / area} validation, ${data.testLabels.length} test; backend ${backend}`);
  const backbone = await backboneOf(args.backbone);
  const input: MetricLearningJobInput = { ...jobInput(p, data, null, backbone), dataset: spec };
  const t0 = performance.now();
  const gen = metricLearningJob(input, new AbortController().signal);
  let trainCpu = 0;
  let cpuMark = process.cpuUsage();
  let step = await gen.next();
  while (!step.done) {
    const e = step.value;
    if (e.type === 'start') cpuMark = process.cpuUsage();
    if (e.type === 'done') {
      const used = process.cpuUsage(cpuMark);
      trainCpu += (used.user + used.system) / 1e6;
    }
    if (e.type === 'eval' && e.phase === 'model') log(`model ${e.done + 1} of ${e.total} (seed ${p.seed + e.done})`);
    if (e.type === 'epoch') log(`epoch ${e.epoch}: loss ${e.trainLoss.toFixed(4)} (${e.seconds.toFixed(1)} s)`);
    if (e.type === 'eval' && e.phase === 'accuracy') log(`  accuracy ${(e.done / e.total).toFixed(4)}`);
    step = await gen.next();
  }
  const r = step.value;
  const result = {
    lesson: 'metric-learning',
    data: name,
    aucLof: round(r.models[0].lof.auc),
    aucLofEnsemble: round(r.ensemble.lof.auc),
    aucKnn: round(r.models[0].knn.auc),
    aucKnnEnsemble: round(r.ensemble.knn.auc),
    aucPerModel: r.models.map((m) => ({ seed: m.seed, lof: round(m.lof.auc), knn: round(m.knn.auc), spread: round(m.embeddingSpread), collapsed: m.collapsed, accuracy: round(m.accuracy[m.accuracy.length - 1] ?? NaN), alpha: round(m.alpha) })),
    aucRawKnn: round(r.rawKnn.auc),
    embeddingSpread: round(Math.min(...r.models.map((m) => m.embeddingSpread))),
    tpr: round(r.tpr),
    tnr: round(r.tnr),
    secondsPerEpoch: round(r.secondsPerEpoch),
    // CPU time per training epoch: on a loaded machine, the wall time a quiet one would take (wasm runs on one thread in Node).
    cpuSecondsPerEpoch: round(trainCpu / r.models.reduce((s, m) => s + m.epochsRun, 0)),
    totalSeconds: round((performance.now() - t0) / 1000),
    epochs: r.epochs,
    models: r.models.length,
    trainImages: data.trainClasses.length,
    backbone: r.backbone,
    backend,
  };
  recordFacts(args.facts, 'metric-learning', { ...p }, result, log);
  return result;
}
