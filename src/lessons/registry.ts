import type { LessonEntry } from '../notebook/lesson-types';

/**
 * Every lesson the home page lists, in teaching order. A lesson's module (cells,
 * store, charts) loads only when it is opened.
 */
export const LESSONS: LessonEntry[] = [
  {
    id: 'dense-ae',
    seed: '000',
    status: 'ready',
    title: { en: 'Dense autoencoder: MNIST 1 vs 9', ja: '全結合オートエンコーダ：MNIST 1 対 9' },
    summary: {
      en: 'Train on handwritten 1s only; a 9 reconstructs badly, and that error is the anomaly score.',
      ja: '手書きの「1」だけで学習し、うまく再構成できない「9」を再構成誤差で見つけます。',
    },
    load: () => import('./dense-ae/index').then((m) => m.lesson),
  },
  {
    id: 'timeseries-ae',
    seed: '002',
    status: 'ready',
    title: { en: 'Time-series autoencoder: the odd ones in a contaminated set', ja: '時系列オートエンコーダ：混入した異常を探す' },
    summary: {
      en: 'No labels at all: anomalies show up on both tails of the error histogram.',
      ja: 'ラベルなしで学習し、誤差ヒストグラムの両端に現れる異常を見つけます。',
    },
    load: () => import('./timeseries-ae/index').then((m) => m.lesson),
  },
  {
    id: 'ssim-ae',
    seed: '001',
    status: 'ready',
    title: { en: 'SSIM autoencoder on textures', ja: 'SSIM オートエンコーダ：テクスチャの欠陥' },
    summary: {
      en: 'Structural similarity instead of pixel error finds scratches and stains.',
      ja: '画素誤差の代わりに構造的類似度（SSIM）で傷や汚れを見つけます。',
    },
    load: () => import('./ssim-ae/index').then((m) => m.lesson),
  },
  {
    id: 'patch-vae',
    seed: '004',
    status: 'ready',
    title: { en: 'Patch VAE with a variance-predicting decoder', ja: '分散を予測するデコーダを持つパッチ VAE' },
    summary: {
      en: 'Probabilistic scores on 8×8 windows, localisation, and the collapsing-variance pitfall.',
      ja: '8×8 パッチの確率的スコアで異常箇所を特定し、分散崩壊の落とし穴を学びます。',
    },
    load: () => import('./patch-vae/index').then((m) => m.lesson),
  },
  {
    id: 'metric-learning',
    seed: '001',
    status: 'ready',
    title: { en: 'Metric learning with LOF', ja: '距離学習と LOF' },
    summary: {
      en: 'Learn an embedding where normal images cluster; score by local outlier factor.',
      ja: '正常画像が集まる埋め込みを学習し、局所外れ値因子（LOF）で採点します。',
    },
    load: () => import('./metric-learning/index').then((m) => m.lesson),
  },
  {
    id: 'conv-ae-pca',
    seed: '003',
    status: 'ready',
    title: { en: 'From PCA to a convolutional autoencoder', ja: 'PCA から畳み込みオートエンコーダへ' },
    summary: {
      en: 'Anomaly = distance from the subspace of normal data, linear then non-linear.',
      ja: '異常度＝正常データの部分空間からの距離。線形から非線形へ。',
    },
    load: () => import('./conv-ae-pca/index').then((m) => m.lesson),
  },
];
