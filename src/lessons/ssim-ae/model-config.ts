import type { ConvAeConfig, ConvAeLoss } from '../../core/model/conv-ae';
import type { SsimAeJobInput } from '../../core/pipeline/ssim-ae-job';
import type { InspectionData } from '../../core/textures/inspection-data';
import type { SsimAeParams } from './params';

/** The model the settings describe for one loss. The one place it is built. */
export function modelConfig(p: SsimAeParams, loss: ConvAeLoss): ConvAeConfig {
  return { inputSize: Number(p.cropSize), latent: p.latent, width: Number(p.width), loss, ssim: { winSize: Number(p.window) } };
}

/** The losses a run trains, in order. */
export function lossesOf(p: SsimAeParams): ConvAeLoss[] {
  return p.losses === 'both' ? ['ssim', 'l2'] : [p.losses];
}

/** The job input for one loss on loaded data: the one place the page and `npm run eval` build it. */
export function jobInput(p: SsimAeParams, d: InspectionData, loss: ConvAeLoss): SsimAeJobInput {
  return {
    trainX: d.train,
    trainSource: d.trainSource,
    validation: d.validation,
    test: d.test,
    model: { ...modelConfig(p, loss), inputSize: d.size },
    mapSsim: { winSize: Number(p.window) },
    training: { epochs: p.epochs, batchSize: p.batch, learningRate: p.lr, patience: 0, seed: p.seed },
    initSeed: p.seed,
  };
}
