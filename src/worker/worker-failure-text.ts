import type { RunFailureCode } from './run-failure';

type Lang = 'en' | 'ja';

const TEXT: Record<RunFailureCode, Record<Lang, string>> = {
  'worker-start-failed': {
    en: 'The training worker could not start. Reload the page to try again.',
    ja: '学習用のワーカーを起動できませんでした。ページを再読み込みしてもう一度試してください。',
  },
  'worker-died': {
    en: 'The training worker stopped unexpectedly, so this run ended. Earlier results are kept; you can train again.',
    ja: '学習用のワーカーが予期せず止まったため、この実行は終了しました。それまでの結果は残っています。もう一度学習できます。',
  },
  'worker-hung': {
    en: 'The training worker stopped responding, so it was restarted and this run ended. Earlier results are kept; you can train again.',
    ja: '学習用のワーカーが応答しなくなったため、再起動してこの実行を終了しました。それまでの結果は残っています。もう一度学習できます。',
  },
  'worker-stop-timeout': {
    en: 'Training did not stop in time, so the worker was ended. What was shown so far is kept; this run has no model.',
    ja: '学習がすぐに止まらなかったため、ワーカーを終了しました。表示済みの内容は残っていますが、この実行のモデルはありません。',
  },
  'worker-message-error': {
    en: 'A message from the training worker could not be read, so this run ended and the worker was restarted.',
    ja: '学習用のワーカーからのメッセージを読み取れなかったため、この実行を終了し、ワーカーを再起動しました。',
  },
  superseded: {
    en: 'A newer run replaced this one.',
    ja: '新しい実行に置き換えられました。',
  },
  'stopped-before-start': {
    en: 'Stopped before training started.',
    ja: '学習が始まる前に停止しました。',
  },
};

/** What a run failure means for the learner, as one or two sentences in `lang`. */
export function workerFailureText(code: RunFailureCode, lang: Lang = 'en'): string {
  return TEXT[code][lang];
}

/** Whether `code` is a run failure's code (so `workerFailureText` words it). */
export function isRunFailureCode(code: string): code is RunFailureCode {
  return Object.hasOwn(TEXT, code);
}
