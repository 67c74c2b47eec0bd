import { pyLiteral } from './ipynb';

/** The imports every lesson's notebook starts with, and the scikit-learn metrics it uses. */
export function pyImports(metrics: readonly string[]): string {
  return `import numpy as np
import tensorflow as tf
from tensorflow import keras
import matplotlib.pyplot as plt
from sklearn.metrics import ${metrics.join(', ')}`;
}

/** An image lesson's seed, classes and dataset: `(x_train, y_train), (x_test, y_test)` as Keras loads them. */
export function pyImageDataset(p: { dataset: string; seed: number; normal: number[]; anomaly: number[] }, extra = ''): string {
  return `SEED = ${p.seed}
NORMAL, ANOMALY = ${pyLiteral(p.normal)}, ${pyLiteral(p.anomaly)}${extra}
keras.utils.set_random_seed(SEED)
(x_train, y_train), (x_test, y_test) = keras.datasets.${p.dataset === 'fashion' ? 'fashion_mnist' : 'mnist'}.load_data()`;
}

/**
 * The normal training images shuffled with SEED (`normals`), and every test
 * image of the chosen classes (`x_te`, its `classes`, `labels`: 1 = anomaly).
 */
export const PY_NORMALS_AND_TEST = `rng = np.random.default_rng(SEED)
normals = x_train[np.isin(y_train, NORMAL)]
normals = normals[rng.permutation(len(normals))]
keep = np.isin(y_test, NORMAL + ANOMALY)
x_te, classes = x_test[keep], y_test[keep]
labels = np.isin(classes, ANOMALY).astype(int)`;

/** Plots a Keras `history`'s training loss, and its validation loss when it has one, on a log axis. */
export const PY_LOSS_CURVES = `plt.semilogy(history.history["loss"], label="train")
if "val_loss" in history.history:
    plt.semilogy(history.history["val_loss"], label="validation")
plt.xlabel("epoch"); plt.ylabel("loss"); plt.legend(); plt.show()`;

/** A dense autoencoder `dim → hidden → latent → hidden → dim` (ReLU inside), compiled with Adam; `dim` is Python. */
export function pyDenseAutoencoder(m: { dim: string; hidden: number; latent: number; output: string; lr: number; loss: string }): string {
  return `model = keras.Sequential([
    keras.Input(shape=(${m.dim},)),
    keras.layers.Dense(${m.hidden}, activation="relu"),
    keras.layers.Dense(${m.latent}, activation="relu"),
    keras.layers.Dense(${m.hidden}, activation="relu"),
    keras.layers.Dense(${m.dim}, activation="${m.output}"),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=${m.lr}, epsilon=1e-7), loss="${m.loss}")
model.summary()`;
}

/** Finishes a ROC axes `a`: the chance diagonal, axis titles and the legend. */
export const PY_ROC_AXES = 'a.plot([0, 1], [0, 1], "--", color="grey"); a.set_xlabel("false positive rate"); a.set_ylabel("true positive rate"); a.legend()';

/** A normals-vs-anomalies histogram of `score` on `bins` (labels: 1 = anomaly), drawn on `ax`. */
export function pyLabelledHistogram(ax: string, score: string): string {
  return `${ax}.hist(${score}[labels == 0], bins=bins, alpha=0.6, label="normal")
${ax}.hist(${score}[labels == 1], bins=bins, alpha=0.6, label="anomaly")`;
}
