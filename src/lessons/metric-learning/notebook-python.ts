import { pyLiteral } from '../../notebook/export/ipynb';
import { referenceClasses } from './data';
import type { MetricParams } from './params';

/** Python: settings and the data (normal, reference and test images from keras.datasets). */
export function dataCode(p: MetricParams): string {
  return `
import numpy as np
import tensorflow as tf
from tensorflow import keras
import matplotlib.pyplot as plt
from sklearn.neighbors import LocalOutlierFactor, NearestNeighbors
from sklearn.metrics import roc_auc_score

SEED = ${p.seed}
DATASET = ${pyLiteral(p.dataset)}
NORMAL, ANOMALY = ${pyLiteral(p.normal)}, ${pyLiteral(p.anomaly)}
REFERENCE, REF_PER_CLASS = ${pyLiteral(referenceClasses(p))}, ${p.referencePerClass}
MAX_TRAIN = ${p.maxTrain > 0 ? p.maxTrain : 'None'}
WIDTH, EMBEDDING, ALPHA, LEARN_ALPHA = ${Number(p.width)}, ${p.embedding}, ${p.alpha}, ${p.alphaMode === 'learned' ? 'True' : 'False'}
OPTIMIZER, LR, EPOCHS, BATCH = ${pyLiteral(p.optimizer)}, ${p.lr}, ${p.epochs}, ${p.batch}
MODELS, K = ${p.models}, ${p.neighbors}

(x_tr, y_tr), (x_te, y_te) = (keras.datasets.fashion_mnist if DATASET == "fashion" else keras.datasets.mnist).load_data()
x_tr, x_te = x_tr.astype("float32")[..., None] / 255, x_te.astype("float32")[..., None] / 255
rng = np.random.default_rng(SEED)
normals = x_tr[np.isin(y_tr, NORMAL)][rng.permutation(np.isin(y_tr, NORMAL).sum())]
n_val = round(0.1 * len(normals))
val_x, fit_x = normals[:n_val], normals[n_val:][:MAX_TRAIN]
refs = [x_tr[y_tr == c][:REF_PER_CLASS] for c in REFERENCE] if REF_PER_CLASS > 0 else []
train_x = np.concatenate([fit_x, *refs])
train_y = np.concatenate([np.zeros(len(fit_x), int), *[np.full(len(r), i + 1) for i, r in enumerate(refs)]])
test_n = np.concatenate([x_te[y_te == c] for c in NORMAL])
test_a = np.concatenate([x_te[y_te == c] for c in ANOMALY])
test_x = np.concatenate([test_n, test_a])
test_y = np.r_[np.zeros(len(test_n)), np.ones(len(test_a))]
print(len(fit_x), "normals,", len(train_x) - len(fit_x), "reference,", len(test_n), "+", len(test_a), "test")
`;
}

/** Python: the MobileNetV2-style backbone (width multiplier, inverted residuals, ReLU6, batch norm) and the L2-softmax head. */
export const MODEL_CODE = `
def block(x, expand, out, stride):
    c = x.shape[-1]
    y = keras.layers.Conv2D(c * expand, 1, use_bias=False)(x)
    y = keras.layers.ReLU(6.0)(keras.layers.BatchNormalization()(y))
    y = keras.layers.DepthwiseConv2D(3, stride, padding="same", use_bias=False)(y)
    y = keras.layers.ReLU(6.0)(keras.layers.BatchNormalization()(y))
    y = keras.layers.BatchNormalization()(keras.layers.Conv2D(out, 1, use_bias=False)(y))
    return keras.layers.Add()([x, y]) if stride == 1 and c == out else y


def backbone(width):
    ch = lambda n: max(8, int(n * width + 4) // 8 * 8)
    inp = keras.Input((28, 28, 1))
    x = keras.layers.ReLU(6.0)(keras.layers.BatchNormalization()(keras.layers.Conv2D(ch(32), 3, 1, padding="same", use_bias=False)(inp)))
    for t, c, n, s in [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 1), (6, 96, 3, 1)]:
        for i in range(n):
            x = block(x, t, ch(c), s if i == 0 else 1)
    return keras.Model(inp, keras.layers.GlobalAveragePooling2D()(x))


class L2Softmax(keras.layers.Layer):
    """Embedding -> L2-normalised, scaled by alpha (fixed or learned), then a dense softmax over the classes."""

    def __init__(self, classes, alpha, learn):
        super().__init__()
        self.alpha = self.add_weight(shape=(), initializer=keras.initializers.Constant(alpha), trainable=learn)
        self.out = keras.layers.Dense(classes, activation="softmax")

    def call(self, z):
        return self.out(self.alpha * tf.math.l2_normalize(z, axis=1))


def build(seed):
    keras.utils.set_random_seed(seed)
    base = backbone(WIDTH)
    emb = keras.layers.Dense(EMBEDDING)(base.output)
    clf = keras.Model(base.input, L2Softmax(int(train_y.max()) + 1, ALPHA, LEARN_ALPHA)(emb))
    opt = keras.optimizers.SGD(LR, momentum=0.9) if OPTIMIZER == "sgd" else keras.optimizers.Adam(LR)
    clf.compile(opt, "sparse_categorical_crossentropy", metrics=["accuracy"])
    return clf, keras.Model(base.input, emb)
`;

/** Python: train the ensemble, score by LOF (novelty) and kNN distance, standardise on the fit set and average. */
export const TRAIN_CODE = `
def embed(model, x):
    z = model.predict(x, batch_size=512, verbose=0)
    return z / np.linalg.norm(z, axis=1, keepdims=True)


lof_scores, knn_scores = [], []
for i in range(MODELS):
    clf, emb = build(SEED + i)
    h = clf.fit(train_x, train_y, epochs=EPOCHS, batch_size=BATCH, shuffle=True, verbose=0)
    fit, test = embed(emb, fit_x), embed(emb, test_x)
    lof = LocalOutlierFactor(n_neighbors=K, novelty=True).fit(fit)
    s_lof, f_lof = -lof.score_samples(test), -lof.negative_outlier_factor_
    nn = NearestNeighbors(n_neighbors=K).fit(fit)
    s_knn = nn.kneighbors(test)[0].mean(1)
    f_knn = nn.kneighbors(fit, K + 1)[0][:, 1:].mean(1)
    lof_scores.append((s_lof - f_lof.mean()) / f_lof.std())
    knn_scores.append((s_knn - f_knn.mean()) / f_knn.std())
    print(f"model {i + 1}: accuracy {h.history['accuracy'][-1]:.3f}, AUC LOF {roc_auc_score(test_y, s_lof):.3f}, kNN {roc_auc_score(test_y, s_knn):.3f}")

print("ensemble AUC LOF", roc_auc_score(test_y, np.mean(lof_scores, 0)), "kNN", roc_auc_score(test_y, np.mean(knn_scores, 0)))
raw = NearestNeighbors(n_neighbors=K).fit(fit_x.reshape(len(fit_x), -1))
print("raw-pixel kNN AUC", roc_auc_score(test_y, raw.kneighbors(test_x.reshape(len(test_x), -1))[0].mean(1)))
`;
