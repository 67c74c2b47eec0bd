import type { Lang } from '../../i18n/lang';

/** The notebook's opening Markdown: what it is, its settings and seed, and how it differs from the app. */
export function notebookIntro(title: string, query: string, seed: number, lang: Lang): string {
  if (lang === 'ja') {
    return [
      `# ${title}`,
      '',
      `Anomaly Lab のレッスンを TensorFlow/Keras で再現するノートブックです。設定：\`${query}\`、乱数シード ${seed}。`,
      '',
      'データの分け方・モデル・学習・採点の手順はアプリと同じですが、乱数は NumPy と Keras が引くため、数値はアプリと近くても同じにはなりません。Colab などで上から順に実行してください（TensorFlow、scikit-learn、matplotlib が必要です）。',
    ].join('\n');
  }
  return [
    `# ${title}`,
    '',
    `This notebook reproduces an Anomaly Lab lesson in TensorFlow/Keras. Settings: \`${query}\`, random seed ${seed}.`,
    '',
    'The data split, model, training and scoring follow the app’s protocol, but NumPy and Keras draw the random numbers, so the figures come out close to the app’s, not equal to them. Run it top to bottom, e.g. in Colab (it needs TensorFlow, scikit-learn and matplotlib).',
  ].join('\n');
}
