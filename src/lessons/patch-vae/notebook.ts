import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../core/pipeline/patch-vae-defaults';
import { settingsNotebook } from '../../notebook/export/ipynb';
import { PY_NORMALS_AND_TEST, PY_ROC_AXES, pyImageDataset, pyImports, pyLabelledHistogram } from '../../notebook/export/python-snippets';
import type { Lang } from '../../i18n/lang';
import { SETTINGS, type PatchVaeParams } from './params';

/** The patch VAE lesson as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, and Keras code for each step. */
export function patchVaeNotebook(p: PatchVaeParams, lang: Lang, title: string, scoreFloor: number): Promise<string> {
  return settingsNotebook('patch-vae', lang, { title, table: SETTINGS, values: p, seed: p.seed }, [
    {
      prose: 'data',
      code: `
${pyImports(['roc_auc_score', 'roc_curve'])}

${pyImageDataset(p)}
x_train = x_train.astype("float32") / 255.0
x_test = x_test.astype("float32") / 255.0

${PY_NORMALS_AND_TEST}
n_held = int(round(${D.holdOut} * len(normals)))  # held out of the patches: per-place statistics
held_out, train_images = normals[:n_held], normals[n_held:]`,
    },
    {
      prose: 'patches',
      code: `
P, STRIDE, N_PATCHES = ${p.patchSize}, ${p.stride}, ${p.patches}
img = rng.integers(0, len(train_images), N_PATCHES)
top = rng.integers(0, 28 - P + 1, N_PATCHES)
left = rng.integers(0, 28 - P + 1, N_PATCHES)
patches = np.stack([train_images[i, r:r + P, c:c + P] for i, r, c in zip(img, top, left)])[..., None]
fig, axes = plt.subplots(4, 8, figsize=(8, 4))
for ax, patch in zip(axes.flat, patches):
    ax.imshow(patch[..., 0], cmap="gray", vmin=0, vmax=1); ax.axis("off")
plt.show()`,
    },
    {
      prose: 'model',
      code: `
LATENT, CHANNELS, VARIANCE, FLOOR, BETA = ${p.latent}, 16, "${p.variance}", ${p.floor}, ${p.beta}
Q = P // 4

def conv_block(x, layer):
    return keras.layers.ReLU()(keras.layers.BatchNormalization()(layer(x)))

inp = keras.Input((P, P, 1))
h = conv_block(inp, keras.layers.Conv2D(CHANNELS, 2, strides=2, use_bias=False))
h = conv_block(h, keras.layers.Conv2D(2 * CHANNELS, 2, strides=2, use_bias=False))
z_both = keras.layers.Dense(2 * LATENT)(keras.layers.Flatten()(h))
encoder = keras.Model(inp, z_both, name="encoder")

z_in = keras.Input((LATENT,))
d = conv_block(z_in, keras.layers.Dense(Q * Q, use_bias=False))
d = keras.layers.Reshape((Q, Q, 1))(d)
d = conv_block(d, keras.layers.Conv2DTranspose(2 * CHANNELS, 2, strides=2, use_bias=False))
d = conv_block(d, keras.layers.Conv2DTranspose(CHANNELS, 2, strides=2, use_bias=False))
mu = keras.layers.Activation("sigmoid")(keras.layers.BatchNormalization()(keras.layers.Conv2D(1, 4, padding="same", use_bias=False)(d)))
heads = [mu]
if VARIANCE != "shared":
    heads.append(keras.layers.BatchNormalization()(keras.layers.Conv2D(1, 4, padding="same", use_bias=False)(d)))
decoder = keras.Model(z_in, heads, name="decoder")
shared_log_var = tf.Variable(0.0, name="log_var")

def decode(z, training=False):
    out = decoder(z, training=training)
    if VARIANCE == "shared":
        return out, tf.zeros_like(out) + shared_log_var
    mu, v = out
    if VARIANCE == "pixel":
        return mu, -tf.nn.softplus(-v)  # log sigmoid(v)
    return mu, tf.math.log(FLOOR + (1 - FLOOR) * tf.sigmoid(v))

def loss_of(x, training):
    z_mean, z_log_var = tf.split(encoder(x, training=training), 2, axis=1)
    z = z_mean + tf.exp(0.5 * z_log_var) * tf.random.normal(tf.shape(z_mean)) if training else z_mean
    mu, log_var = decode(z, training)
    nll = 0.5 * tf.reduce_sum((x - mu) ** 2 * tf.exp(-log_var) + log_var + np.log(2 * np.pi), axis=[1, 2, 3])
    kl = -0.5 * tf.reduce_sum(1 + z_log_var - z_mean ** 2 - tf.exp(z_log_var), axis=1)
    return tf.reduce_mean(nll + BETA * kl)`,
    },
    {
      prose: 'train',
      code: `
optimizer = keras.optimizers.Adam(learning_rate=${p.lr}, epsilon=1e-7, global_clipnorm=${D.train.clipNorm})
weights = encoder.trainable_variables + decoder.trainable_variables + ([shared_log_var] if VARIANCE == "shared" else [])

@tf.function
def step(x):
    with tf.GradientTape() as tape:
        loss = loss_of(x, True)
    optimizer.apply_gradients(zip(tape.gradient(loss, weights), weights))
    return loss

history = []
for epoch in range(${p.epochs}):
    data = tf.data.Dataset.from_tensor_slices(patches).shuffle(len(patches), seed=SEED + epoch).batch(${p.batch})
    history.append(float(np.mean([step(x).numpy() for x in data])))
    print("epoch", epoch + 1, "loss", history[-1])
plt.plot(range(1, len(history) + 1), history); plt.xlabel("epoch"); plt.ylabel("loss"); plt.show()`,
    },
    {
      prose: 'latent',
      code: `
codes = tf.split(encoder(patches[:2000], training=False), 2, axis=1)[0].numpy()
plt.scatter(codes[:, 0], codes[:, 1] if LATENT > 1 else np.zeros(len(codes)), c=patches[:2000].mean(axis=(1, 2, 3)), s=4)
plt.xlabel("z1"); plt.ylabel("z2"); plt.colorbar(label="mean ink"); plt.show()`,
    },
    {
      prose: 'scoring',
      code: `
SCORE_FLOOR = ${scoreFloor}

def window_scores(images):
    """Old score Σ(x − μ)² and new score ½Σ(x − μ)²/max(σ², floor) of every window, [n, windows] each."""
    windows = tf.image.extract_patches(images[..., None], sizes=[1, P, P, 1], strides=[1, STRIDE, STRIDE, 1], rates=[1, 1, 1, 1], padding="VALID")
    n, g = windows.shape[0], windows.shape[1]
    x = tf.reshape(windows, [-1, P, P, 1])
    old, new = [], []
    for start in range(0, x.shape[0], 4096):
        xb = x[start:start + 4096]
        z_mean = tf.split(encoder(xb, training=False), 2, axis=1)[0]
        mu, log_var = decode(z_mean)
        sq = (xb - mu) ** 2
        old.append(tf.reduce_sum(sq, axis=[1, 2, 3]))
        new.append(0.5 * tf.reduce_sum(sq / tf.maximum(tf.exp(log_var), SCORE_FLOOR), axis=[1, 2, 3]))
    return tf.reshape(tf.concat(old, 0), [n, g * g]).numpy(), tf.reshape(tf.concat(new, 0), [n, g * g]).numpy()

old_map, new_map = window_scores(x_te)
held_old, held_new = window_scores(held_out)

def per_place(scores, reference, floor_fraction=${0.05}):
    """Each window divided by its position's mean over held-out normals (the lesson's per-place score)."""
    means = reference.mean(axis=0)
    return scores / np.maximum(means, floor_fraction * means.mean())

old_score = old_map.max(axis=1)
new_score = per_place(new_map, held_new).max(axis=1)`,
    },
    {
      prose: 'compare',
      code: `
fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4))
for name, score in [("old", old_score), ("new", new_score)]:
    fpr, tpr, _ = roc_curve(labels, score)
    a.plot(fpr, tpr, label=f"{name} AUC {roc_auc_score(labels, score):.4f}")
${PY_ROC_AXES}
bins = np.geomspace(max(new_score.min(), 1e-6), new_score.max(), 60)
${pyLabelledHistogram('b', 'new_score')}
b.set_xscale("log"); b.set_xlabel("new score"); b.legend()
plt.show()`,
    },
  ]);
}
