import { pyLiteral, settingsNotebook } from '../../notebook/export/ipynb';
import { PY_LOSS_CURVES, PY_ROC_AXES, pyDenseAutoencoder, pyImports } from '../../notebook/export/python-snippets';
import type { Lang } from '../../i18n/lang';
import { SETTINGS, SETTINGS_ADAPTER, type TimeseriesParams } from './params';

/**
 * The app's generator in Python: the same seeded random stream (mulberry32-style,
 * Box–Muller normals) and the same steps, so the same spec and seed give the
 * app's series.
 */
const GENERATOR = `
import math

KINDS = ["normal", "low-noise", "cos", "spike", "level-shift", "frequency", "dropout"]
SPEC_KEY = {"normal": "normal", "low-noise": "lowNoise", "cos": "cos", "spike": "spike",
            "level-shift": "levelShift", "frequency": "frequency", "dropout": "dropout"}
M32 = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & M32


class Rng:
    """The app's seeded generator (src/core/random/rng.ts)."""

    def __init__(self, seed):
        self.state = (int(seed) ^ 0x9E3779B9) & M32
        self.spare = None

    def next(self):
        self.state = (self.state + 0x6D2B79F5) & M32
        t = self.state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & M32
        return ((t ^ (t >> 14)) & M32) / 4294967296

    def normal(self):
        if self.spare is not None:
            s, self.spare = self.spare, None
            return s
        u = 0.0
        while u == 0.0:
            u = self.next()
        v = self.next()
        r = math.sqrt(-2 * math.log(u))
        self.spare = r * math.sin(2 * math.pi * v)
        return r * math.cos(2 * math.pi * v)

    def int(self, n):
        return math.floor(self.next() * n)


def permutation(n, rng):
    out = list(range(n))
    for i in range(n - 1, 0, -1):
        j = rng.int(i + 1)
        out[i], out[j] = out[j], out[i]
    return out


def fill_series(kind, spec, t, rng):
    g = spec[SPEC_KEY[kind]]
    L = len(t)
    freq = spec["frequency"]["factor"] if kind == "frequency" else 1
    wave = math.cos if kind == "cos" else math.sin
    row = [g["amplitude"] * wave(freq * t[j]) + g["noise"] * rng.normal() for j in range(L)]
    if kind == "spike":
        at = rng.int(L)
        row[at] += -spec["spike"]["height"] if rng.next() < 0.5 else spec["spike"]["height"]
    elif kind == "level-shift":
        start = L // 4 + rng.int(max(1, L // 2))
        for j in range(start, L):
            row[j] += spec["levelShift"]["shift"]
    elif kind == "dropout":
        width = max(1, round(spec["dropout"]["fraction"] * L))
        start = rng.int(L - width + 1)
        for j in range(start, start + width):
            row[j] = 0.0
    return row


def generate_series(spec, seed):
    """Each kind's series in turn, then every row shuffled (src/core/timeseries/generate-series.ts)."""
    L = spec["length"]
    rng = Rng(seed)
    t = [2 * math.pi * j / (L - 1) for j in range(L)]
    rows, groups = [], []
    for gid, kind in enumerate(KINDS):
        for _ in range(spec[SPEC_KEY[kind]]["count"]):
            rows.append(fill_series(kind, spec, t, rng))
            groups.append(gid)
    order = permutation(len(rows), Rng(seed ^ 0x51AB1E))
    x = np.array([rows[i] for i in order], dtype=np.float32)
    group = np.array([groups[i] for i in order], dtype=np.uint8)
    return x, group`;

/** Lesson 2 as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, the generator in Python, and Keras code. */
export function timeseriesNotebook(p: TimeseriesParams, lang: Lang, title: string): Promise<string> {
  return settingsNotebook('timeseries-ae', lang, { title, table: SETTINGS, values: SETTINGS_ADAPTER.toValues(p), seed: p.seed }, [
    {
      prose: 'data',
      code: `${GENERATOR}

${pyImports(['roc_auc_score', 'roc_curve', 'precision_recall_curve', 'average_precision_score'])}

SPEC = ${pyLiteral(p.spec)}
DATA_SEED, SEED = ${p.dataSeed}, ${p.seed}
x, group = generate_series(SPEC, DATA_SEED)
print(x.shape, {KINDS[g]: int((group == g).sum()) for g in np.unique(group)})
plt.plot(x[:200].T, color="tab:blue", alpha=0.05); plt.xlabel("step"); plt.show()`,
    },
    {
      prose: 'preprocessing',
      code: `
POOL = "${p.pool}"  # "all": train on everything, anomalies included (post 002); "clean": normals only
pool = np.arange(len(x)) if POOL == "all" else np.where(group == 0)[0]
mean = x[pool].mean(axis=0)
std = x[pool].std(axis=0)
std[std == 0] = 1
z = (x - mean) / std`,
    },
    {
      prose: 'model',
      code: `
keras.utils.set_random_seed(SEED)
L = x.shape[1]
${pyDenseAutoencoder({ dim: 'L', hidden: p.hidden, latent: p.latent, output: p.output, lr: p.lr, loss: 'mse' })}`,
    },
    {
      prose: 'train',
      code: `
history = model.fit(z[pool], z[pool], epochs=${p.epochs}, batch_size=${p.batch}, shuffle=True,
                    validation_split=${p.valFraction}, verbose=2)
${PY_LOSS_CURVES}`,
    },
    {
      prose: 'histogram',
      code: `
rec = model.predict(z, batch_size=1024, verbose=0)
mse = ((z - rec) ** 2).mean(axis=1)
low, high = np.quantile(mse, [0.01, 0.99])
plt.hist(mse, bins=np.geomspace(mse.min(), mse.max(), 80))
plt.axvline(low, color="green"); plt.axvline(high, color="green")
plt.xscale("log"); plt.xlabel("MSE"); plt.ylabel("count"); plt.show()
flagged = (mse <= low) | (mse >= high)
print({KINDS[g]: int(flagged[group == g].sum()) for g in np.unique(group)})`,
    },
    {
      prose: 'viewer',
      code: `
worst = np.argsort(mse)[-5:]
for i in worst:
    plt.plot(z[i], alpha=0.8, label=f"{KINDS[group[i]]} {mse[i]:.3f}")
plt.legend(); plt.xlabel("step"); plt.show()`,
    },
    {
      prose: 'roc',
      code: `
# Each anomaly group against the normals, scored on its tail: low-noise by −MSE, the rest by MSE.
fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4))
for g in np.unique(group):
    if g == 0:
        continue
    keep = (group == 0) | (group == g)
    score = -mse[keep] if KINDS[g] == "low-noise" else mse[keep]
    y = (group[keep] == g).astype(int)
    fpr, tpr, _ = roc_curve(y, score)
    precision, recall, _ = precision_recall_curve(y, score)
    a.plot(fpr, tpr, label=f"{KINDS[g]} AUC {roc_auc_score(y, score):.4f}")
    b.plot(recall, precision, label=f"{KINDS[g]} AP {average_precision_score(y, score):.4f}")
${PY_ROC_AXES}
b.set_xlabel("recall"); b.set_ylabel("precision"); b.legend()
plt.show()`,
    },
  ]);
}
