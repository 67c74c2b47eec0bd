import { ssimAeJob } from '../../src/core/pipeline/ssim-ae-job';
import type { ConvAeLoss } from '../../src/core/model/conv-ae';
import { fromMvtec, fromTextureDataset, type InspectionData } from '../../src/core/textures/inspection-data';
import { isTextureName, type TextureName } from '../../src/core/textures/texture-files';
import { buildTextureDataset } from '../../src/core/textures/texture-protocol';
import { DEFAULT_SCORING, inspectionTable } from '../../src/lessons/ssim-ae/derived';
import { jobInput, lossesOf } from '../../src/lessons/ssim-ae/model-config';
import { SETTINGS, type SsimAeParams } from '../../src/lessons/ssim-ae/params';
import type { ModelResult } from '../../src/lessons/ssim-ae/state';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { intArg, numArg, type EvalArgs } from './args';
import { loadMvtecDir, problemLines } from './mvtec-dir';
import { recordFacts } from './facts';
import { loadTexture } from './texture-files';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The lesson's settings with the flags applied (already checked against the settings table). */
function paramsOf(args: EvalArgs): SsimAeParams {
  const p = defaultsOf(SETTINGS);
  const texture = args.texture ?? p.texture;
  if (!isTextureName(texture)) throw new Error(`--texture must be one of grass, gravel, brick, carpet, leather (got ${texture}).`);
  return {
    ...p,
    texture: texture as SsimAeParams['texture'],
    cropSize: (args['crop-size'] ?? p.cropSize) as SsimAeParams['cropSize'],
    width: (args.width ?? p.width) as SsimAeParams['width'],
    window: (args.window ?? p.window) as SsimAeParams['window'],
    losses: (args.loss === 'ssim' || args.loss === 'l2' ? args.loss : 'both') as SsimAeParams['losses'],
    trainCount: intArg(args['train-count'], p.trainCount, 'train-count'),
    testCount: intArg(args['test-count'], p.testCount, 'test-count'),
    latent: intArg(args.latent, p.latent, 'latent'),
    epochs: intArg(args.epochs, p.epochs, 'epochs'),
    batch: intArg(args.batch, p.batch, 'batch'),
    lr: numArg(args.lr, p.lr, 'lr'),
    seed: intArg(args.seed, p.seed, 'seed'),
  };
}

async function dataOf(args: EvalArgs, p: SsimAeParams): Promise<InspectionData> {
  if (args['mvtec-dir']) {
    const loaded = await loadMvtecDir(args['mvtec-dir'], Number(p.cropSize));
    if (!loaded.ok) throw new Error(`--mvtec-dir ${args['mvtec-dir']}:\n${problemLines(loaded.problems).join('\n')}`);
    return fromMvtec(loaded.images, 0.2, p.seed);
  }
  const image = await loadTexture(p.texture as TextureName, p.seed);
  return fromTextureDataset(buildTextureDataset(image, { cropSize: Number(p.cropSize), trainCount: p.trainCount, validationCount: p.validationCount, testCount: p.testCount, seed: p.seed }));
}

/**
 * Post 001's first half in Node: train the convolutional AE of Bergmann et al.
 * on a texture's crops with SSIM and/or L2, score the test crops and report
 * pixel AUROC, PRO, image AUROC and the MVTec protocol's TPR/TNR, overall and
 * per defect kind, on the lesson's default scoring of the maps (each
 * pixel's residual ÷ the normal residual there); `rawMaps` has each model's
 * overall figures on the paper's raw residual maps. Flags: --texture grass|gravel|brick|carpet|leather
 * --mvtec-dir DIR --loss ssim|l2|both --crop-size 32|64|128 --width 0.25|0.5|1
 * --window 7|11 --train-count --test-count --latent --epochs --batch --lr --seed.
 */
export async function evalSsimAe(args: EvalArgs, backend: string, log: (line: string) => void) {
  const p = paramsOf(args);
  const data = await dataOf(args, p);
  const area = data.size * data.size;
  log(`ssim-ae: ${args['mvtec-dir'] ?? p.texture}; ${data.train.length / area} train, ${data.validation.length / area} validation, ${data.test.length / area} test images of ${data.size}²; backend ${backend}`);
  const models: Partial<Record<ConvAeLoss, ModelResult>> = {};
  for (const loss of lossesOf(p)) {
    const gen = ssimAeJob(
      jobInput(p, data, loss),
      new AbortController().signal,
    );
    let step = await gen.next();
    while (!step.done) {
      const e = step.value;
      if (e.type === 'epoch') log(`${loss} epoch ${e.epoch}: train ${e.trainLoss.toFixed(5)} val ${e.valLoss.toFixed(5)} (${e.seconds.toFixed(1)} s)`);
      step = await gen.next();
    }
    models[loss] = { ...step.value, loss };
  }
  const table = inspectionTable(data, { models }, DEFAULT_SCORING)!;
  const rawTable = inspectionTable(data, { models }, 'raw')!;
  const main: ConvAeLoss = models.ssim ? 'ssim' : 'l2';
  const o = table.overall[main];
  const per = (loss: ConvAeLoss) => Object.fromEntries(table.rows.map((r) => [data.kindNames[r.kind], { pixelAuc: round(r.metrics[loss].pixelAuroc), pro: round(r.metrics[loss].pro), imageAuc: round(r.metrics[loss].imageAuroc), tpr: round(r.metrics[loss].tpr) }]));
  const summary = (loss: ConvAeLoss, t = table) => ({ pixelAuc: round(t.overall[loss].pixelAuroc), pro: round(t.overall[loss].pro), imageAuc: round(t.overall[loss].imageAuroc), tpr: round(t.overall[loss].tpr), tnr: round(t.overall[loss].tnr) });
  const result = {
    lesson: 'ssim-ae',
    texture: args['mvtec-dir'] ? null : p.texture,
    loss: main,
    pixelAuc: round(o.pixelAuroc),
    pro: round(o.pro),
    imageAuc: round(o.imageAuroc),
    tpr: round(o.tpr),
    tnr: round(o.tnr),
    perDefect: Object.fromEntries((Object.keys(models) as ConvAeLoss[]).map((l) => [l, per(l)])),
    scoring: DEFAULT_SCORING,
    byLoss: Object.fromEntries((Object.keys(models) as ConvAeLoss[]).map((l) => [l, summary(l)])),
    rawMaps: Object.fromEntries((Object.keys(models) as ConvAeLoss[]).map((l) => [l, summary(l, rawTable)])),
    secondsPerEpoch: Object.fromEntries((Object.keys(models) as ConvAeLoss[]).map((l) => [l, round(models[l]!.secondsPerEpoch)])),
    scoringSeconds: Object.fromEntries((Object.keys(models) as ConvAeLoss[]).map((l) => [l, round(models[l]!.scoringSeconds)])),
    epochs: p.epochs,
    backend,
  };
  recordFacts(args.facts, 'ssim-ae', { ...p }, result, log);
  return result;
}
