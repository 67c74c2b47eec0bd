import { settingsNotebook } from '../../notebook/export/ipynb';
import { PY_LOSS_CURVES, PY_NORMALS_AND_TEST, PY_ROC_AXES, pyDenseAutoencoder, pyImageDataset, pyImports, pyLabelledHistogram } from '../../notebook/export/python-snippets';
import type { Lang } from '../../i18n/lang';
import { SETTINGS, type DenseAeParams } from './params';

const LOSS = { mse: 'mse', bce: 'binary_crossentropy', l1: 'mae' } as const;

/** Lesson 1 as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, and Keras code for each step. */
export function denseAeNotebook(p: DenseAeParams, lang: Lang, title: string): Promise<string> {
  return settingsNotebook('dense-ae', lang, { title, table: SETTINGS, values: p, seed: p.seed }, [
    {
      prose: 'data',
      code: `
${pyImports(['roc_auc_score', 'roc_curve', 'precision_recall_curve', 'average_precision_score', 'f1_score'])}

${pyImageDataset(p, `\nMAX_TRAIN = ${p.maxTrain}  # 0 = all`)}
x_train = x_train.reshape(-1, 784).astype("float32") / 255.0
x_test = x_test.reshape(-1, 784).astype("float32") / 255.0

${PY_NORMALS_AND_TEST}

# Train on normals only; a tenth of them is held out for early stopping.
if MAX_TRAIN > 0:
    normals = normals[:MAX_TRAIN]
n_val = int(round(0.1 * len(normals)))
x_val, x_tr = normals[:n_val], normals[n_val:]
print(len(x_tr), "train,", len(x_val), "validation,", (labels == 0).sum(), "test normals,", labels.sum(), "test anomalies")`,
    },
    {
      prose: 'model',
      code: `
${pyDenseAutoencoder({ dim: '784', hidden: p.hidden, latent: p.latent, output: 'sigmoid', lr: p.lr, loss: LOSS[p.loss] })}`,
    },
    {
      prose: 'train',
      code: `
callbacks = [keras.callbacks.EarlyStopping(monitor="val_loss", patience=${p.patience}, restore_best_weights=True)] if ${p.patience} > 0 else []
history = model.fit(x_tr, x_tr, epochs=${p.epochs}, batch_size=${p.batch}, shuffle=True,
                    validation_data=(x_val, x_val), callbacks=callbacks, verbose=2)
${PY_LOSS_CURVES}`,
    },
    {
      prose: 'reconstructions',
      code: `
rec = model.predict(x_te, batch_size=1024, verbose=0)
diff = np.abs(x_te - rec)
scores = {"l1": diff.sum(axis=1), "l2": (diff ** 2).sum(axis=1), "max": diff.max(axis=1)}
score = scores["l1"]

show = np.where(labels == 1)[0][:8]
fig, axes = plt.subplots(3, len(show), figsize=(1.5 * len(show), 4.5))
for j, i in enumerate(show):
    for row, img in enumerate([x_te[i], rec[i], diff[i]]):
        axes[row, j].imshow(img.reshape(28, 28), cmap="gray" if row < 2 else "hot", vmin=0, vmax=1)
        axes[row, j].axis("off")
    axes[0, j].set_title(f"{score[i]:.1f}")
plt.show()`,
    },
    {
      prose: 'scores',
      code: `
bins = np.linspace(score.min(), score.max(), 60)
${pyLabelledHistogram('plt', 'score')}
plt.xlabel("L1 score"); plt.ylabel("count"); plt.legend(); plt.show()`,
    },
    {
      prose: 'threshold',
      code: `
# Best F1 with normal = positive (post 000's convention): flag anomaly when score >= threshold.
candidates = np.unique(score)
f1s = [f1_score(labels == 0, score < t) for t in candidates]
threshold = candidates[int(np.argmax(f1s))]
predicted = (score >= threshold).astype(int)
print("threshold", threshold, "best F1 (normal +)", max(f1s))
print("confusion [[TN, FP], [FN, TP]]:", [[int(((predicted == 0) & (labels == 0)).sum()), int(((predicted == 1) & (labels == 0)).sum())],
                                         [int(((predicted == 0) & (labels == 1)).sum()), int(((predicted == 1) & (labels == 1)).sum())]])`,
    },
    {
      prose: 'roc',
      code: `
auc = roc_auc_score(labels, score)
ap = average_precision_score(labels, score)
fpr, tpr, _ = roc_curve(labels, score)
precision, recall, _ = precision_recall_curve(labels, score)
fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4))
a.plot(fpr, tpr, label=f"AUC {auc:.4f}")
${PY_ROC_AXES}
b.plot(recall, precision, label=f"AP {ap:.4f}")
b.set_xlabel("recall"); b.set_ylabel("precision"); b.legend()
plt.show()
print({kind: round(roc_auc_score(labels, s), 4) for kind, s in scores.items()})`,
    },
  ]);
}
