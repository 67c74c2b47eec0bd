import type { Lang } from '../../i18n/lang';
import { settingsNotebook } from '../../notebook/export/ipynb';
import { COMPARE_CODE, dataCode, modelCode, PCA_CODE, TRAIN_CODE } from './notebook-python';
import { SETTINGS, type ConvAePcaParams } from './params';

/** The notebook's own Markdown, in both languages. */
const TEXT = {
  en: {
    data: [
      '## How this notebook differs from the app',
      '',
      '- **Faces:** it reads the app’s own face file (`data/faces/<style>-<variant>.u8`, saved from the running app), so the images and the glasses masks are the same bytes.',
      '- **PCA:** NumPy’s SVD of the centred training faces; the app computes the same PCA from the Gram matrix in TypeScript (tested against NumPy).',
      '- **Autoencoder:** the app’s layers one by one in Keras (the same convolutions, LeakyReLU, bottleneck and sigmoid output, MSE); Keras draws its own initial weights and batches, and keeps the last epoch’s weights where the app keeps those of the epoch with the lowest training loss, so the numbers come out close to the app’s, not equal.',
    ].join('\n'),
    model: '## The convolutional autoencoder\n\nTrained on faces **without** glasses only, with the mean squared error, as in the post.',
    compare: '## PCA against the autoencoder\n\nSame test faces, k components against a latent code of the same size.',
  },
  ja: {
    data: [
      '## アプリとの違い',
      '',
      '- **顔：** アプリの顔ファイル（`data/faces/<style>-<variant>.u8`、動いているアプリから保存したもの）を読むので、画像も眼鏡のマスクもアプリと同じバイト列です。',
      '- **PCA：** 中心化した学習用の顔を NumPy の SVD で分解します。アプリは同じ PCA を TypeScript でグラム行列から計算しています（NumPy と一致することをテスト済み）。',
      '- **オートエンコーダ：** アプリの層を一つずつ Keras で組んだものです（同じ畳み込み、LeakyReLU、ボトルネック、シグモイドの出力、MSE）。初期重みとバッチは Keras が引き、Keras は最後のエポックの重みを使います（アプリは学習損失が最も小さかったエポックの重みを使います）。そのため、数値はアプリと近くても同じにはなりません。',
    ].join('\n'),
    model: '## 畳み込みオートエンコーダ\n\n記事と同じく、眼鏡**なし**の顔だけで、平均二乗誤差で学習します。',
    compare: '## PCA とオートエンコーダの比較\n\n同じテスト画像で、k 個の成分と同じ大きさの潜在表現を比べます。',
  },
} as const;

/** The lesson as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, then NumPy PCA and a Keras conv AE. */
export function convAePcaNotebook(p: ConvAePcaParams, lang: Lang, title: string): Promise<string> {
  const t = TEXT[lang];
  return settingsNotebook('conv-ae-pca', lang, { title, table: SETTINGS, values: p, seed: p.seed }, [
    { prose: 'pca2d' },
    { markdown: t.data, prose: 'data', code: dataCode(p) },
    { prose: 'pca', code: PCA_CODE },
    { markdown: t.model, prose: 'model', code: modelCode(p) },
    { prose: 'diff', code: TRAIN_CODE },
    { markdown: t.compare, prose: 'compare', code: COMPARE_CODE },
  ]);
}
