import type { Lang } from '../../i18n/lang';
import { settingsNotebook } from '../../notebook/export/ipynb';
import { dataCode, MAPS_CODE, METRICS_CODE, MODEL_CODE, notebookTexture, TRAIN_CODE } from './notebook-python';
import { SETTINGS, type SsimAeParams } from './params';

/** The notebook's own Markdown, in both languages. */
const TEXT = {
  en: {
    data: (texture: string, generated: boolean) =>
      [
        '## How this notebook differs from the app',
        '',
        `- **Texture:** it reads \`data/textures/${texture}.png\` from the app's repository, or the same image from \`skimage.data\` (scikit-image ships the same bytes).` +
          (generated ? ' The app *generates* carpet and leather from the seed; those generators are not ported to Python, so this notebook loads the photo texture grass instead.' : ''),
        '- **Defects:** a simplified port of six of the app’s eight synthetic kinds (dark and bright scratch, hole, stain, contamination, fold), with exact masks; they are drawn differently, so the numbers differ from the app’s.',
        '- **SSIM:** the loss uses `tf.image.ssim` (a Gaussian window of the chosen size); the app and the residual maps here use a uniform window (`skimage.metrics.structural_similarity`).',
      ].join('\n'),
    train: '## Train\n\nEach model starts from the same seed and trains on the same crops: first with the SSIM loss, then with the per-pixel squared error (L2).',
    maps: '## Anomaly maps\n\nThe SSIM model is judged by its SSIM residual (1 − SSIM per pixel), the L2 model by its squared error, as Bergmann et al. do.',
    metrics:
      '## Metrics\n\nPixel AUROC and PRO (the area under the per-region overlap curve up to a false positive rate of 0.3, divided by 0.3) score the maps; image AUROC scores each crop by the maximum of its 4-pixel box-smoothed map. The MVTec AD protocol fixes a minimum defect area (1 % of a crop) and the lowest threshold at which no validation crop has a region that large; a test crop is flagged when it does. TPR is the share of defective crops flagged, TNR the share of normal crops passed.',
  },
  ja: {
    data: (texture: string, generated: boolean) =>
      [
        '## アプリとの違い',
        '',
        `- **テクスチャ：** アプリのリポジトリの \`data/textures/${texture}.png\` を読みます。なければ \`skimage.data\` の同じ画像を使います（scikit-image は同じバイト列を配布しています）。` +
          (generated ? 'アプリはカーペットと革をシードから*生成*しますが、その生成器は Python に移植していないため、このノートブックでは代わりに写真のテクスチャ grass を読み込みます。' : ''),
        '- **欠陥：** アプリの 8 種類の合成欠陥のうち 6 種類（暗い傷・明るい傷・穴・しみ・異物・折れ）を簡略化して移植し、正確なマスクを付けています。描き方が違うため、数値はアプリと一致しません。',
        '- **SSIM：** 損失は `tf.image.ssim`（指定した大きさのガウス窓）を使います。アプリとここでの残差マップは一様窓（`skimage.metrics.structural_similarity`）です。',
      ].join('\n'),
    train: '## 学習\n\nどちらのモデルも同じシードから始め、同じ切り出し画像で学習します。まず SSIM 損失で、次に画素ごとの二乗誤差（L2）で学習します。',
    maps: '## 異常度マップ\n\nBergmann らと同じく、SSIM モデルは SSIM の残差（画素ごとの 1 − SSIM）で、L2 モデルは二乗誤差で評価します。',
    metrics:
      '## 評価\n\n画素 AUROC と PRO（領域ごとの重なりの曲線を偽陽性率 0.3 まで積分し 0.3 で割った値）でマップを評価し、画像 AUROC では各切り出しを 4 画素の箱型平滑化後のマップの最大値で採点します。MVTec AD のプロトコルは最小欠陥面積（切り出しの 1 %）と、検証用の切り出しにその大きさの領域が一つもできない最も低いしきい値を決め、テスト画像にその大きさの領域があれば異常とします。TPR は欠陥のある切り出しを異常とした割合、TNR は正常な切り出しを正常とした割合です。',
  },
} as const;

/** Lesson 3 as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, then Keras/NumPy/scikit-learn code for each step. */
export function ssimAeNotebook(p: SsimAeParams, lang: Lang, title: string): Promise<string> {
  const t = TEXT[lang];
  return settingsNotebook('ssim-ae', lang, { title, table: SETTINGS, values: p, seed: p.seed }, [
    { markdown: t.data(notebookTexture(p), notebookTexture(p) !== p.texture), prose: 'data', code: dataCode(p) },
    { prose: 'model', code: MODEL_CODE },
    { markdown: t.train, code: TRAIN_CODE },
    { markdown: t.maps, code: MAPS_CODE },
    { markdown: t.metrics, code: METRICS_CODE },
  ]);
}
