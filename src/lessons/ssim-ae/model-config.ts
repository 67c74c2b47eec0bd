import type { ConvAeConfig, ConvAeLoss } from '../../core/model/conv-ae';
import type { SsimAeParams } from './params';

/** The model the settings describe for one loss. The one place it is built. */
export function modelConfig(p: SsimAeParams, loss: ConvAeLoss): ConvAeConfig {
  return { inputSize: Number(p.cropSize), latent: p.latent, width: Number(p.width), loss, ssim: { winSize: Number(p.window) } };
}

/** The losses a run trains, in order. */
export function lossesOf(p: SsimAeParams): ConvAeLoss[] {
  return p.losses === 'both' ? ['ssim', 'l2'] : [p.losses];
}
