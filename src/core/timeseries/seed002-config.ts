import type { DenseAeConfig } from '../model/dense-autoencoder';
import type { TrainOptions } from '../train/train-events';

/**
 * Seed 002's time-series model: L → 50 → 25 → 50 → L, relu inside, sigmoid
 * output, MSE (Keras: Dense(50, relu), Dense(25, relu), Dense(50, relu),
 * Dense(100, sigmoid), loss 'mse'). `inputSize` is set from the data.
 */
export const SEED002_MODEL: Omit<DenseAeConfig, 'inputSize'> = {
  hidden: [50],
  latent: 25,
  hiddenActivation: 'relu',
  latentActivation: 'relu',
  outputActivation: 'sigmoid',
  loss: 'mse',
};

/**
 * Seed 002's training: `model.fit(epochs=100, batch_size=32, validation_split=0.25)`
 * with Adam at Keras' default learning rate 1e-3, no early stopping, and the
 * last epoch's weights kept (Keras does not restore the best ones).
 */
export const SEED002_TRAIN: Omit<TrainOptions, 'signal' | 'seed'> = {
  epochs: 100,
  batchSize: 32,
  learningRate: 0.001,
  patience: 0,
  restoreBest: false,
};

/** Keras' validation_split in the seed: the last 25% of the (shuffled) rows are held out from training. */
export const SEED002_VAL_FRACTION = 0.25;
