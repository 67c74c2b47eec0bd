import { FACE_GLASSES, FACE_IDENTITIES, FACE_TEST_NORMALS, FACE_TRAIN_IDENTITIES, faceFilePath } from '../../core/faces/face-files';
import { FACE_SIZE, type FaceStyle, type FaceVariant } from '../../core/pipeline/conv-ae-pca-types';
import { pyLiteral } from '../../notebook/export/ipynb';
import { aeLayers } from './derived';
import { maxComponents, type ConvAePcaParams } from './params';

/** Python: settings, and the app's face file (the same bytes) split as the app splits it, with the exact glasses masks. */
export function dataCode(p: ConvAePcaParams): string {
  return `
import os
import numpy as np
import tensorflow as tf
from tensorflow import keras
import matplotlib.pyplot as plt
from sklearn.metrics import roc_auc_score, roc_curve

SEED = ${p.seed}
FACES = ${pyLiteral(faceFilePath(p.faces as FaceStyle, p.variant as FaceVariant))}  # save it from the running app: <app address>/${faceFilePath(p.faces as FaceStyle, p.variant as FaceVariant)}
SIZE = ${FACE_SIZE}
N_TRAIN, N_EACH = ${p.trainCount}, ${p.testEach}
MAX_COMPONENTS = ${maxComponents(p.trainCount, FACE_SIZE)}
K = min(${p.k}, MAX_COMPONENTS)
LATENT, DEPTH, WIDTH = ${p.latent}, ${p.depth}, ${Number(p.width)}
EPOCHS, BATCH, LR = ${p.epochs}, ${p.batch}, ${p.lr}
IDENTITIES, TRAIN_IDS, TEST_NORMALS, GLASSES = ${FACE_IDENTITIES}, ${FACE_TRAIN_IDENTITIES}, ${FACE_TEST_NORMALS}, ${FACE_GLASSES}
keras.utils.set_random_seed(SEED)

# One file: IDENTITIES faces without glasses, then the last GLASSES identities again with glasses on.
raw = np.fromfile(FACES, dtype=np.uint8).reshape(IDENTITIES + GLASSES, SIZE, SIZE)
faces = raw.astype("float32") / 255.0
x_train = faces[:N_TRAIN]
test_normals = faces[TRAIN_IDS:TRAIN_IDS + N_EACH]
test_glasses = faces[IDENTITIES:IDENTITIES + N_EACH]
# The exact mask: where the face with glasses differs from the same face without.
plain = raw[IDENTITIES - GLASSES:IDENTITIES - GLASSES + N_EACH]
masks = np.concatenate([np.zeros_like(test_normals, dtype=bool), raw[IDENTITIES:IDENTITIES + N_EACH] != plain])
x_test = np.concatenate([test_normals, test_glasses])
y_test = np.r_[np.zeros(N_EACH), np.ones(N_EACH)]
print(x_train.shape, x_test.shape, "glasses pixels per face:", masks[N_EACH:].sum(axis=(1, 2)).mean())

fig, axes = plt.subplots(2, 8, figsize=(12, 3.4))
for j in range(8):
    axes[0, j].imshow(test_normals[j], cmap="gray", vmin=0, vmax=1)
    axes[1, j].imshow(test_glasses[j], cmap="gray", vmin=0, vmax=1)
    axes[1, j].contour(masks[N_EACH + j], levels=[0.5], colors="cyan", linewidths=0.8)
for a in axes.ravel():
    a.axis("off")
plt.show()
`;
}

/** Python: PCA with NumPy's SVD, eigenfaces, reconstructions at k, explained variance and AUC against k. */
export const PCA_CODE = `
X = x_train.reshape(len(x_train), -1).astype("float64")
mean = X.mean(axis=0)
U, S, Vt = np.linalg.svd(X - mean, full_matrices=False)
components = Vt[:MAX_COMPONENTS]
variances = S ** 2 / (len(X) - 1)
explained = variances[:MAX_COMPONENTS] / variances.sum()

T = x_test.reshape(len(x_test), -1).astype("float64")
codes = (T - mean) @ components.T
centred = ((T - mean) ** 2).sum(axis=1)


def pca_scores(k):
    """Squared distance of each test face to the k-dimensional subspace."""
    return centred - (codes[:, :k] ** 2).sum(axis=1)


auc_by_k = [roc_auc_score(y_test, pca_scores(k)) for k in range(1, MAX_COMPONENTS + 1)]
pca_rec = (mean + codes[:, :K] @ components[:K]).reshape(-1, SIZE, SIZE)
pca_diff = np.abs(x_test - pca_rec)
pca_auc = roc_auc_score(y_test, pca_scores(K))
print(f"PCA, k = {K}: explained variance {explained[:K].sum():.3f}, image AUC {pca_auc:.3f}")

fig, axes = plt.subplots(1, 8, figsize=(12, 1.8))
axes[0].imshow(mean.reshape(SIZE, SIZE), cmap="gray")
for j in range(7):
    axes[j + 1].imshow(components[j].reshape(SIZE, SIZE), cmap="RdBu_r")
for a in axes:
    a.axis("off")
plt.show()

ks = np.arange(1, MAX_COMPONENTS + 1)
plt.plot(ks, np.cumsum(explained), label="cumulative explained variance")
plt.plot(ks, auc_by_k, label="image AUC (glasses)")
plt.axvline(K, color="grey", ls=":")
plt.xlabel("components k")
plt.legend()
plt.show()
`;

/** Python: the app's conv AE layer by layer (the SSIM lesson's model at the chosen depth and width), MSE, Adam. */
export function modelCode(p: ConvAePcaParams): string {
  const rows = aeLayers(p).map((l) => [l.kind, l.kernel, l.stride, l.padding, l.outChannels, l.activation]);
  return `
# (kind, kernel, stride, padding, output channels, activation) of every layer, as the app builds them.
LAYERS = ${pyLiteral(rows)}
ACTIVATIONS = {"leakyRelu": None, "linear": None, "sigmoid": "sigmoid"}


def conv_ae():
    layers = [keras.Input((SIZE, SIZE, 1))]
    for kind, k, s, pad, out, act in LAYERS:
        layer = keras.layers.Conv2DTranspose if kind == "conv-transpose" else keras.layers.Conv2D
        layers.append(layer(out, k, strides=s, padding=pad, activation=ACTIVATIONS[act]))
        if act == "leakyRelu":
            layers.append(keras.layers.LeakyReLU(0.2))
    return keras.Sequential(layers)


model = conv_ae()
model.compile(optimizer=keras.optimizers.Adam(LR), loss="mse")
model.summary()
`;
}

/** Python: training, then the AE's difference images beside PCA's, and the hardest normals. */
export const TRAIN_CODE = `
history = model.fit(x_train[..., None], x_train[..., None], epochs=EPOCHS, batch_size=BATCH, shuffle=True, verbose=2)
ae_rec = model.predict(x_test[..., None], verbose=0)[..., 0]
ae_diff = np.abs(x_test - ae_rec)
ae_scores = ((x_test - ae_rec) ** 2).sum(axis=(1, 2))
plt.semilogy(history.history["loss"])
plt.xlabel("epoch")
plt.ylabel("training MSE")
plt.show()


def show(ids, rec, diff, title):
    fig, axes = plt.subplots(3, len(ids), figsize=(1.5 * len(ids), 4.6))
    for j, i in enumerate(ids):
        axes[0, j].imshow(x_test[i], cmap="gray", vmin=0, vmax=1)
        axes[1, j].imshow(rec[i], cmap="gray", vmin=0, vmax=1)
        axes[2, j].imshow(diff[i], cmap="inferno", vmin=0, vmax=diff[ids].max())
        if masks[i].any():
            axes[2, j].contour(masks[i], levels=[0.5], colors="cyan", linewidths=0.8)
    for a in axes.ravel():
        a.axis("off")
    fig.suptitle(title)
    plt.show()


glasses_ids = list(range(N_EACH, N_EACH + 8))
show(glasses_ids, pca_rec, pca_diff, f"PCA, k = {K}")
show(glasses_ids, ae_rec, ae_diff, f"conv AE, latent {LATENT}")
hardest = np.argsort(-ae_scores[:N_EACH])[:8]
show(list(hardest), ae_rec, ae_diff, "conv AE: hardest normals")
`;

/** Python: PCA against the AE: overlaid ROC curves, image AUC and pixel AUC inside and outside the masks. */
export const COMPARE_CODE = `
def pixel_auc(diff, only_glasses=False):
    rows = slice(N_EACH, None) if only_glasses else slice(None)
    return roc_auc_score(masks[rows].ravel(), diff[rows].ravel())


pca_s, ae_s = pca_scores(K), ae_scores
for name, s, diff in [(f"PCA (k = {K})", pca_s, pca_diff), (f"conv AE (latent {LATENT})", ae_s, ae_diff)]:
    fpr, tpr, _ = roc_curve(y_test, s)
    auc = roc_auc_score(y_test, s)
    plt.plot(fpr, tpr, label=f"AUC {auc:.3f} · {name}")
    inside, outside = diff[masks].mean(), diff[~masks].mean()
    print(f"{name}: image AUC {auc:.3f}, pixel AUC {pixel_auc(diff):.3f}, glasses faces only {pixel_auc(diff, True):.3f}, mean |diff| inside {inside:.3f}, outside {outside:.3f}")
plt.plot([0, 1], [0, 1], "k--", lw=1)
plt.xlabel("false positive rate")
plt.ylabel("true positive rate")
plt.legend()
plt.show()
`;
