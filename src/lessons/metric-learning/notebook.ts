import type { Lang } from '../../i18n/lang';
import { settingsNotebook } from '../../notebook/export/ipynb';
import { dataCode, MODEL_CODE, TRAIN_CODE } from './notebook-python';
import { SETTINGS, type MetricParams } from './params';

/** The notebook's own Markdown, in both languages. */
const TEXT = {
  en: {
    differences:
      '## How this notebook differs from the app\n\n- The backbone is built from Keras layers with the same block list; Keras draws the initial weights and the shuffles, so the AUCs come out close to the app’s, not equal.\n- The data come from `keras.datasets` (the same images the app serves).\n- LOF and kNN come from scikit-learn, which the app’s exact LOF matches.',
    texture: '\n- Your settings use a texture. The crops of the built-in textures are made in the app (and by `npm run eval -- --texture NAME`), not here: this notebook runs on the image classes of the settings instead.',
    train: '## Train the ensemble and score it\n\nEach model trains with seed s + i; its test scores are standardised on its own fit set’s scores, then averaged.',
  },
  ja: {
    differences:
      '## アプリとの違い\n\n- バックボーンは同じブロック構成を Keras の層で組み立てます。初期の重みとシャッフルは Keras が決めるため、AUC はアプリと近くなりますが同じにはなりません。\n- データは `keras.datasets` から読みます（アプリが配信する画像と同じです）。\n- LOF と kNN は scikit-learn を使います。アプリの厳密な LOF はこれと一致します。',
    texture: '\n- 設定はテクスチャを使っています。組み込みテクスチャの切り出しはアプリ（と `npm run eval -- --texture NAME`）で作るもので、ここでは作りません。このノートブックは代わりに設定の画像クラスで動きます。',
    train: '## アンサンブルを学習して採点する\n\nモデル i はシード s + i で学習します。テストの異常度はそのモデル自身のフィット集合の異常度で標準化してから平均します。',
  },
} as const;

/** The metric-learning lesson as a Jupyter notebook (nbformat 4) for `p`: its prose in `lang`, then Keras and scikit-learn code. */
export function metricNotebook(p: MetricParams, lang: Lang, title: string): Promise<string> {
  const t = TEXT[lang];
  return settingsNotebook('metric-learning', lang, { title, table: SETTINGS, values: p, seed: p.seed }, [
    { markdown: p.source === 'texture' ? t.differences + t.texture : t.differences, prose: 'data', code: dataCode(p) },
    { prose: 'model', code: MODEL_CODE },
    { markdown: t.train, prose: 'scores', code: TRAIN_CODE },
  ]);
}
