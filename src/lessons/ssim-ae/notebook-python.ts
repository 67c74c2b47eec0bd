import { pyLiteral } from '../../notebook/export/ipynb';
import type { SsimAeParams } from './params';

/** The texture the notebook loads: the same photo, or grass for a generated texture (its generator is not ported to Python). */
export function notebookTexture(p: SsimAeParams): string {
  return p.texture === 'carpet' || p.texture === 'leather' ? 'grass' : p.texture;
}

/** Python: settings, the texture (data/textures/*.png or skimage.data, the same bytes) and the crop protocol with simplified synthetic defects. */
export function dataCode(p: SsimAeParams): string {
  const losses = p.losses === 'both' ? ['ssim', 'l2'] : [p.losses];
  return `
import os
import numpy as np
import tensorflow as tf
from tensorflow import keras
import matplotlib.pyplot as plt
from scipy import ndimage
from skimage.metrics import structural_similarity
from sklearn.metrics import roc_auc_score, roc_curve

SEED = ${p.seed}
TEXTURE = ${pyLiteral(notebookTexture(p))}  # the app's setting: ${p.texture}
CROP = ${Number(p.cropSize)}
N_TRAIN, N_VAL, N_TEST = ${p.trainCount}, ${p.validationCount}, ${p.testCount}
LOSSES = ${pyLiteral(losses)}
WINDOW = ${Number(p.window)}
WIDTH, LATENT = ${Number(p.width)}, ${p.latent}
EPOCHS, BATCH, LR = ${p.epochs}, ${p.batch}, ${p.lr}
keras.utils.set_random_seed(SEED)
rng = np.random.default_rng(SEED)


def load_texture(name):
    """The 512 x 512 grey texture in [0, 1]: the app's PNG, else scikit-image's copy of it."""
    path = os.path.join("data", "textures", name + ".png")
    if os.path.exists(path):
        img = plt.imread(path)
    else:
        import skimage.data
        img = getattr(skimage.data, name)() / 255.0
    img = np.asarray(img, dtype="float32")
    return img[..., :3].mean(axis=-1) if img.ndim == 3 else img


tex = load_texture(TEXTURE)
H, W = tex.shape


def region(left, top, right, bottom):
    x0, y0 = int(left * W), int(top * H)
    return x0, y0, int(right * W) - x0, int(bottom * H) - y0


# Train on the top 60 %, choose thresholds on the bottom-left, test on the bottom-right.
REGIONS = {"train": region(0, 0, 1, 0.6), "validation": region(0, 0.6, 0.5, 1), "test": region(0.5, 0.6, 1, 1)}


def random_crops(part, n, flips):
    x0, y0, w, h = REGIONS[part]
    out = np.empty((n, CROP, CROP), "float32")
    for k in range(n):
        x, y = x0 + rng.integers(0, w - CROP + 1), y0 + rng.integers(0, h - CROP + 1)
        c = tex[y:y + CROP, x:x + CROP]
        if flips and rng.random() < 0.5:
            c = c[:, ::-1]
        if flips and rng.random() < 0.5:
            c = c[::-1, :]
        out[k] = c
    return out


KINDS = ["scratch-dark", "scratch-bright", "hole", "stain", "contamination", "fold"]


def add_defect(crop, kind):
    """A simplified synthetic defect and its exact mask (1 = changed pixel)."""
    img = crop.copy()
    yy, xx = np.mgrid[0:CROP, 0:CROP]
    cy, cx = rng.uniform(0.3, 0.7, 2) * CROP
    r = CROP * rng.uniform(0.08, 0.15)
    if kind.startswith("scratch"):
        a = rng.uniform(0, np.pi)
        across = np.abs((xx - cx) * np.sin(a) - (yy - cy) * np.cos(a))
        along = np.abs((xx - cx) * np.cos(a) + (yy - cy) * np.sin(a))
        mask = (across < max(1.0, CROP / 64)) & (along < 0.3 * CROP)
        img[mask] = np.clip(img[mask] + (-0.35 if kind == "scratch-dark" else 0.35), 0, 1)
    elif kind == "hole":
        mask = (xx - cx) ** 2 + (yy - cy) ** 2 < r ** 2
        img[mask] = 0.05
    elif kind == "stain":
        mask = ((xx - cx) / (1.5 * r)) ** 2 + ((yy - cy) / r) ** 2 < 1
        img[mask] = np.clip(img[mask] + 0.2 * rng.choice([-1, 1]), 0, 1)
    else:
        s = max(4, int(2 * r))
        y0, x0 = int(np.clip(cy - s / 2, 0, CROP - s)), int(np.clip(cx - s / 2, 0, CROP - s))
        mask = np.zeros((CROP, CROP), bool)
        mask[y0:y0 + s, x0:x0 + s] = True
        here = img[y0:y0 + s, x0:x0 + s]
        if kind == "fold":
            patch = here[::-1, ::-1].T
        else:
            patch = random_crops("train", 1, False)[0][:s, :s].T
            patch = (patch - patch.mean()) / (patch.std() + 1e-6) * here.std() + here.mean()
        img[y0:y0 + s, x0:x0 + s] = np.clip(patch, 0, 1)
        mask &= np.abs(img - crop) > 1e-6
    return img, mask.astype(np.uint8)


x_train = random_crops("train", N_TRAIN, True)
x_val = random_crops("validation", N_VAL, False)
x_test = random_crops("test", N_TEST, False)
n_normal = N_TEST - N_TEST // 2
kinds = np.array(["good"] * N_TEST, dtype=object)
masks = np.zeros((N_TEST, CROP, CROP), np.uint8)
for k in range(n_normal, N_TEST):
    kinds[k] = KINDS[(k - n_normal) % len(KINDS)]
    x_test[k], masks[k] = add_defect(x_test[k], kinds[k])
labels = (kinds != "good").astype(int)
fig, axes = plt.subplots(2, 6, figsize=(12, 4.4))
for j, k in enumerate(list(range(3)) + list(range(n_normal, n_normal + 3))):
    axes[0, j].imshow(x_test[k], cmap="gray", vmin=0, vmax=1); axes[0, j].set_title(kinds[k]); axes[0, j].axis("off")
    axes[1, j].imshow(masks[k], cmap="Reds", vmin=0, vmax=1); axes[1, j].axis("off")
plt.show()`;
}

/** Python: the convolutional autoencoder of Bergmann et al. in Keras, and training each model (SSIM loss via tf.image.ssim, or MSE). */
export const MODEL_CODE = `
ENCODER = [(4, 2, 32), (4, 2, 32), (3, 1, 32), (4, 2, 64), (3, 1, 64), (4, 2, 128), (3, 1, 64), (3, 1, 32)]


def channels(c):
    return max(1, int(np.floor(c * WIDTH + 0.5)))


def conv_ae(name):
    """Encoder: the paper's convolutions, LeakyReLU 0.2, a linear latent; decoder: the mirror image, sigmoid output."""
    bottleneck = CROP // 16
    layers = [keras.Input(shape=(CROP, CROP, 1))]
    for k, s, c in ENCODER:
        layers += [keras.layers.Conv2D(channels(c), k, strides=s, padding="same"), keras.layers.LeakyReLU(0.2)]
    layers += [keras.layers.Conv2D(LATENT, bottleneck, padding="valid")]
    layers += [keras.layers.Conv2DTranspose(channels(ENCODER[-1][2]), bottleneck, padding="valid"), keras.layers.LeakyReLU(0.2)]
    for i in range(len(ENCODER) - 1, -1, -1):
        k, s, _ = ENCODER[i]
        out = 1 if i == 0 else channels(ENCODER[i - 1][2])
        layer = keras.layers.Conv2DTranspose if s > 1 else keras.layers.Conv2D
        layers += [layer(out, k, strides=s, padding="same", activation="sigmoid" if i == 0 else None)]
        if i > 0:
            layers += [keras.layers.LeakyReLU(0.2)]
    return keras.Sequential(layers, name=name)


def ssim_loss(y_true, y_pred):
    return 1.0 - tf.reduce_mean(tf.image.ssim(y_true, y_pred, max_val=1.0, filter_size=WINDOW))


conv_ae("conv_ae").summary()`;

/** Python: trains the run's models one after the other and plots their loss curves. */
export const TRAIN_CODE = `
models, histories = {}, {}
for loss in LOSSES:
    keras.utils.set_random_seed(SEED)
    model = conv_ae("conv_ae_" + loss)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=LR), loss=ssim_loss if loss == "ssim" else "mse")
    histories[loss] = model.fit(x_train[..., None], x_train[..., None], epochs=EPOCHS, batch_size=BATCH, shuffle=True,
                                validation_data=(x_val[..., None], x_val[..., None]), verbose=2).history
    models[loss] = model
fig, axes = plt.subplots(1, len(LOSSES), figsize=(5 * len(LOSSES), 3.5), squeeze=False)
for ax, loss in zip(axes[0], LOSSES):
    ax.plot(histories[loss]["loss"], label="train"); ax.plot(histories[loss]["val_loss"], label="validation")
    ax.set_title(loss.upper()); ax.set_xlabel("epoch"); ax.set_ylabel("loss"); ax.legend()
plt.show()`;

/** Python: both residual maps of every crop (the SSIM model is judged by 1 − SSIM, the L2 model by the squared error). */
export const MAPS_CODE = `
def residual_map(x, rec, loss):
    if loss == "l2":
        return (x - rec) ** 2
    return np.stack([1 - structural_similarity(a, b, win_size=WINDOW, data_range=1.0, full=True)[1] for a, b in zip(x, rec)])


maps = {}
for loss, model in models.items():
    rec = model.predict(x_test[..., None], verbose=0)[..., 0]
    rec_val = model.predict(x_val[..., None], verbose=0)[..., 0]
    maps[loss] = {"rec": rec, "test": residual_map(x_test, rec, loss), "validation": residual_map(x_val, rec_val, loss)}
show = list(range(n_normal, min(N_TEST, n_normal + 6)))
fig, axes = plt.subplots(2 + 2 * len(LOSSES), len(show), figsize=(2 * len(show), 2 * (2 + 2 * len(LOSSES))), squeeze=False)
for j, k in enumerate(show):
    rows = [(x_test[k], "gray", kinds[k]), (masks[k], "Reds", "mask")]
    for loss in LOSSES:
        rows += [(maps[loss]["rec"][k], "gray", loss + " rec"), (maps[loss]["test"][k], "magma", loss + " map")]
    for i, (img, cmap, title) in enumerate(rows):
        axes[i, j].imshow(img, cmap=cmap); axes[i, j].set_title(title, fontsize=8); axes[i, j].axis("off")
plt.show()`;

/**
 * Python: the lesson's scoring of the maps (derived.ts \`scoredMaps\`): each
 * pixel's residual ÷ the normal validation crops' mean residual there,
 * smoothed (Gaussian σ 2) and floored at 5 % of its mean; or the raw maps.
 */
export const SCORING_CODE = `
# The lesson's default: each pixel's residual divided by the mean residual of the normal validation
# crops at that pixel (smoothed, Gaussian sigma 2, and floored at 5 % of its mean), since crop borders
# reconstruct worse. SCORING = "raw" grades the paper's raw residual maps instead.
SCORING = "position"


def scored(m, val):
    if SCORING == "raw":
        return m
    mean = ndimage.gaussian_filter(val.mean(axis=0), 2)
    return m / np.maximum(mean, max(0.05 * mean.mean(), np.finfo(float).tiny))
`;

/** Python: the lesson's scoring of the maps, then pixel AUROC, PRO (FPR ≤ 0.3), image AUROC (max of the 4-pixel box-smoothed map) and the MVTec protocol's TPR/TNR, overall and per kind. */
export const METRICS_CODE = `
EIGHT = np.ones((3, 3), int)
MIN_AREA = int(round(CROP * CROP * 0.01))
${SCORING_CODE}

def image_scores(m):
    return ndimage.uniform_filter(m, size=(1, 4, 4), mode="reflect").max(axis=(1, 2))


def largest_region(binary):
    lab, n = ndimage.label(binary, structure=EIGHT)
    return 0 if n == 0 else int(np.bincount(lab.ravel())[1:].max())


def protocol_threshold(val_maps):
    """The lowest threshold at which no validation map (all normal) has a region of MIN_AREA pixels."""
    values = np.unique(val_maps)
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if max(largest_region(v >= values[mid]) for v in val_maps) < MIN_AREA:
            hi = mid
        else:
            lo = mid + 1
    return values[lo] if lo < len(values) else np.nextafter(values[-1], np.inf)


def pro_score(m, gt, limit=0.3, steps=200):
    regions = []
    for i in range(len(gt)):
        lab, n = ndimage.label(gt[i], structure=EIGHT)
        regions += [(i, lab == r) for r in range(1, n + 1)]
    if not regions:
        return float("nan")
    normal = m[gt == 0]
    fpr, pro = [], []
    for t in np.quantile(m, np.linspace(1, 0, steps)):
        fpr.append((normal >= t).mean())
        pro.append(np.mean([(m[i][r] >= t).mean() for i, r in regions]))
    fpr, pro = np.array(fpr), np.array(pro)
    keep = fpr <= limit
    x, y = np.append(fpr[keep], limit), np.append(pro[keep], np.interp(limit, fpr, pro))
    return float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1]) / 2) / limit)


table = {}
plt.figure(figsize=(5, 4))
for loss in LOSSES:
    m = scored(maps[loss]["test"], maps[loss]["validation"])
    scores = image_scores(m)
    threshold = protocol_threshold(scored(maps[loss]["validation"], maps[loss]["validation"]))
    flagged = np.array([largest_region(x >= threshold) >= MIN_AREA for x in m]).astype(int)
    table[loss] = {"pixel AUROC": roc_auc_score(masks.ravel(), m.ravel()), "PRO": pro_score(m, masks),
                   "image AUROC": roc_auc_score(labels, scores), "TPR": flagged[labels == 1].mean(), "TNR": 1 - flagged[labels == 0].mean()}
    for kind in KINDS:
        pick = (kinds == kind) | (kinds == "good")
        table[loss]["image AUROC " + kind] = roc_auc_score(labels[pick], scores[pick])
        table[loss]["TPR " + kind] = flagged[kinds == kind].mean()
    fpr, tpr, _ = roc_curve(masks.ravel(), m.ravel())
    plt.plot(fpr, tpr, label=f"{loss.upper()} pixel AUROC {table[loss]['pixel AUROC']:.3f}")
plt.plot([0, 1], [0, 1], "--", color="grey"); plt.xlabel("false positive rate"); plt.ylabel("true positive rate"); plt.legend(); plt.show()
for name in table[LOSSES[0]]:
    print(f"{name:28s}" + "".join(f"{table[loss][name]:10.3f}" for loss in LOSSES))`;
