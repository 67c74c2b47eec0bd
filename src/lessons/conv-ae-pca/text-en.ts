import { NOTEBOOK_TEXT } from '../../notebook/notebook-text';
import { countEn } from '../../i18n/count';

/** English UI text of the PCA → conv-AE lesson (prose lives in lessons/conv-ae-pca/*.en.md). */
export const en = {
  ...NOTEBOOK_TEXT.en,
  shape: 'output',
  lossCurve: 'Training loss (MSE) per epoch',
  noAnomalies: 'None of the test faces has glasses, so there is nothing to score: no AUC, no ROC curve, no best F1 and no winner. With CelebA’s attributes file, the faces with glasses become the anomalies.',
  pca2d: {
    noise: 'Noise around the line (σ):',
    addOutlier: 'Add an outlier',
    reset: 'New points',
    legend: 'Blue: points. Pink line: the principal axis (first component), through the mean. Dashed: each point’s distance to the axis, its score. Green: far from the others, yet near the axis.',
    selectedScore: 'score of the chosen point',
    explained: 'variance along the axis',
    pick: 'Drag a point, or focus one with Tab and move it with the arrow keys (Shift: larger steps).',
    selected: (n: number, x: string, y: string) => `Point ${n} at (${x}, ${y}).`,
    farNote: (n: number, score: string, top: string) =>
      `Point ${n} is far from all the others, yet its score is only ${score} (the highest is ${top}): it lies near the axis, so PCA calls it normal.`,
    topCaption: 'The five highest scores',
    pointCol: 'point',
    scoreCol: 'distance to the axis',
    pointName: (n: number) => `point ${n}`,
    plot: {
      figure: 'Points in the plane, their principal axis and each point’s distance to it',
      axis: 'principal axis',
      point: (n: number, x: string, y: string, score: string) => `point ${n} at (${x}, ${y}), score ${score}`,
      keys: 'Arrow keys move the focused point; Shift moves it further.',
    },
  },
  data: {
    load: 'Make the faces',
    loading: 'Drawing faces…',
    counts: (train: number, test: number, glasses: number) => `${train} training faces without glasses · ${test} test faces, ${glasses} with glasses`,
    cc0: 'The faces are DiceBear cartoons (CC0): the same face is drawn without and with glasses, so the mask of the glasses is exact. Cartoon glasses are far easier to find than the glasses in CelebA’s photos.',
    normals: 'Test faces without glasses',
    anomalies: 'Test faces with glasses, the mask outlined',
    folderData: (name: string) => `The faces of ${name} are in use.`,
  },
  folder: {
    pick: 'Choose a folder of faces…',
    attrs: 'CelebA attributes (optional)…',
    attrsFile: (name: string) => `Attributes: ${name}`,
    noAttrs: 'No attributes file: every image is a normal, so the lesson can train but has no anomalies to find.',
    about:
      'Any PNG or JPEG faces. Each is made grey, centre-cropped to a square and resized to 64 × 64 pixels. With CelebA’s list_attr_celeba.txt, the Eyeglasses column splits them: faces without glasses are normals, faces with glasses are the anomalies.',
    privacy: 'The images are read here, in your browser; nothing is uploaded.',
    reading: (name: string) => `Reading ${name}…`,
    progress: (done: number, total: number) => `${done} of ${total} files`,
    inUse: (name: string, train: number, test: number, anomalies: number) =>
      `${name} is the lesson’s data: ${train} training faces, ${test} test faces, ${anomalies} with glasses. There are no glasses masks, so no pixel metrics.`,
    failed: (name: string) => `${name} was not opened; the lesson keeps its current data.`,
    more: (n: number) => `…and ${n} more.`,
    back: 'Back to the built-in faces',
    problems: {
      empty: () => 'The folder has no image files.',
      unreadable: (v: { file: string }) => `${v.file} cannot be read as an image.`,
      'too-small': (v: { file: string; width: number; height: number }) => `${v.file} is only ${v.width} × ${v.height} pixels (at least 16 × 16 are needed).`,
      'attrs-format': (v: { line: number }) => `The attributes file is not CelebA’s list_attr_celeba.txt (line ${v.line}).`,
      'attrs-no-glasses': () => 'The attributes file has no Eyeglasses column.',
      'attrs-missing': (v: { file: string }) => `${v.file} is not in the attributes file.`,
      'too-few': (v: { normals: number }) => `Only ${v.normals} faces without glasses: at least 8 are needed to train.`,
    },
  },
  pca: {
    fit: 'Fit PCA',
    fitting: 'Fitting PCA…',
    noResult: 'Fit PCA (or train) to see the eigenfaces.',
    meanFace: 'mean face',
    eigenface: (i: number) => `component ${i}`,
    eigenCaption: 'The mean face and the first principal components (“eigenfaces”): mid-grey is zero, darker below, lighter above.',
    k: 'Components k',
    rows: ['input', 'reconstruction', 'residual |x − x̂|'],
    recCaption: (k: number, auc: string) => `Reconstructed from k = ${k} components; image AUC at this k: ${auc}`,
    recCaptionUnscored: (k: number) => `Reconstructed from k = ${k} components.`,
    varianceTitle: 'Explained variance and image AUC by k',
    varianceOnlyTitle: 'Explained variance by k',
    aucTitle: 'Image AUC against k',
    kAxis: 'components k',
    varianceAxis: 'cumulative explained variance',
    aucAxis: 'image AUC (glasses)',
    rocTitle: (k: number) => `PCA ROC, k = ${k}`,
    normal: 'no glasses',
    glasses: 'glasses',
  },
  train: {
    phases: { pca: 'Fitting PCA…', training: 'Training the autoencoder', 'ae-scoring': 'Reconstructing the test faces…', metrics: 'Computing the metrics…' } as Record<string, string>,
    trained: (epochs: number, s: string, params: number) => `Autoencoder: ${countEn(epochs, 'epoch')}, ${s} per epoch, ${countEn(params, 'parameter')}`,
    opened: (params: number) => `Autoencoder: opened from a model file, not trained here; ${countEn(params, 'parameter')}`,
  },
  diff: {
    noResult: 'Train the autoencoder to see this.',
    method: 'Show the difference images of',
    pca: 'PCA',
    ae: 'autoencoder',
    glasses: 'Faces with glasses',
    hardest: 'Hardest normals',
    rows: ['input', 'reconstruction', '|difference|'],
    caption: 'The glasses mask is outlined on the difference. Each row has its own colour scale, shared by the columns.',
    hardestCaption: 'The normal test faces with the highest scores: what lights up here is normal variation (hair, face shape), not glasses.',
    previous: '← previous',
    next: 'next →',
    range: (from: number, to: number, n: number) => `${from}–${to} of ${n}`,
    score: (s: string) => `score ${s}`,
  },
  compare: {
    noResult: 'Train to compare PCA with the autoencoder.',
    rocTitle: 'Image ROC: PCA and the autoencoder',
    pixelRocTitle: 'Pixel ROC: glasses pixels vs the rest',
    caption: (k: number, latent: number) => `PCA with k = ${k} components against the autoencoder with a latent size of ${latent}, on the same test faces`,
    mismatch: 'k and the latent size differ: the comparison is fairest when they match (see the presets).',
    cols: ['', 'image AUC', 'pixel AUC', 'pixel AUC, glasses faces only', 'mean |difference| inside the mask', 'outside the mask'],
    pca: (k: number) => `PCA (k = ${k})`,
    ae: (latent: number) => `conv AE (latent ${latent})`,
    better: 'better',
    noMasks: 'Your folder has no glasses masks: only image AUC is measured.',
    verdict: {
      ae: (pca: string, ae: string) => `The autoencoder won on image AUC (${ae} against ${pca}).`,
      pca: (pca: string, ae: string) => `PCA won on image AUC (${pca} against ${ae}).`,
      tie: (v: string) => `A tie on image AUC (${v}).`,
    },
    why: {
      aeInside: 'The autoencoder’s difference images are brighter inside the glasses, relative to the rest of the face, than PCA’s: its non-linear decoder rebuilds the face without glasses more faithfully.',
      pcaInside: 'PCA’s difference images are brighter inside the glasses relative to the rest of the face: with this little training the autoencoder blurs the whole face, and hair and outlines light up as much as the glasses.',
      hardest: 'In both, the hardest normals light up at the hair and the outline of the face: broad normal variation is what makes this hard.',
    },
  },
  /** Why a kept run is not reopened or run again on the faces in use (its faces are not kept with it). */
  runData: {
    builtin: 'This run was trained on the built-in faces: press “Back to the built-in faces” in “Bring your own faces” first.',
    unchecked: (folder: string) =>
      `This run was trained on your folder ${folder}, which is not kept: open ${folder} again in “Bring your own faces” first. The run was kept before runs recorded a folder’s files and split, so only the folder’s name is checked.`,
    noFolder: (folder: string, images: number, seed: number) =>
      `This run was trained on your folder ${folder} (${countEn(images, 'image')}, split with seed ${seed}), and no folder is open now: open ${folder} again in “Bring your own faces” first.`,
    files: (folder: string, images: number, seed: number, now: string, nowImages: number) =>
      `This run was trained on your folder ${folder} (${countEn(images, 'image')}, split with seed ${seed}); the folder open now, ${now} (${countEn(nowImages, 'image')}), holds other files: open ${folder} as it was in “Bring your own faces” first.`,
    seed: (folder: string, images: number, seed: number, nowSeed: number) =>
      `This run was trained on your folder ${folder} (${countEn(images, 'image')}, split with seed ${seed}); the same files are open now, but split with seed ${nowSeed}: set Random seed to ${seed}, then open ${folder} again in “Bring your own faces”.`,
    labels: (folder: string, images: number, seed: number) =>
      `This run was trained on your folder ${folder} (${countEn(images, 'image')}, split with seed ${seed}); the same files are open now with the same seed, but with other glasses labels: open ${folder} again with the attributes file the run was trained with (or without one, if it had none).`,
  },
};

export type LessonText = typeof en;
