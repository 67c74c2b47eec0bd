import type { DenseAeConfig } from '../../core/model/dense-ae-architecture';
import type { TimeseriesParams } from './params';

/** The dense autoencoder the settings describe, for series of length L: L → hidden → latent → hidden → L, MSE. */
export function modelConfig(p: TimeseriesParams, L: number): DenseAeConfig {
  return { inputSize: L, hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: p.output, loss: 'mse' };
}
