import type { DenseAeConfig } from '../../core/model/dense-ae-architecture';
import type { DenseAeParams } from './params';

/** The model lesson-1 settings describe: post 000's dense AE with one hidden layer per side. The one place it is built. */
export function modelConfig(p: DenseAeParams, inputSize = 784): DenseAeConfig {
  return { inputSize, hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: p.loss };
}
