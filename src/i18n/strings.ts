import type { BackendPreference } from '../core/backend/backend-choice';
import type { LessonStatus } from '../notebook/lesson-types';
import { useSettings } from '../stores/settings-store';
import type { Lang } from './lang';

/** The app shell's own labels (lesson text lives in the lessons). */
export interface Strings {
  appName: string;
  tagline: string;
  heroTitle: string;
  heroBody: string;
  heroCta: string;
  figureThreshold: string;
  figureAxis: string;
  figureNormal: string;
  figureAnomaly: string;
  lessonsHeading: string;
  lessonsIntro: string;
  status: Record<LessonStatus, string>;
  seed: (seed: string) => string;
  lessonNumber: (n: number) => string;
  openLesson: string;
  footer: string;
  allLessons: string;
  language: string;
  runAll: string;
  /** Under the header while another lesson trains: starting a run here would stop it (the worker runs one at a time). */
  busyElsewhere: (lesson: string) => string;
  /** The link in that note to the lesson that trains. */
  goToLesson: string;
  running: string;
  runAllFailed: (message: string) => string;
  dismiss: string;
  settingsFromLink: string;
  differencesFromPost: string;
  settingsFromStorage: string;
  copyLink: string;
  linkCopied: string;
  loadingLesson: string;
  loadFailedTitle: string;
  loadFailedBody: string;
  retry: string;
  notAvailableBody: (status: string) => string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  /** Link to the glossary page, and its browser-tab title. */
  glossaryLink: string;
  glossaryTitle: string;
  /** The glossary entry shown over a lesson when a term is clicked: its link to the whole glossary, its close button, and its text when it is missing. */
  glossaryOpen: string;
  glossaryClose: string;
  glossaryMissing: string;
  stale: string;
  staleHint: string;
  cellLabel: (n: number) => string;
  cellCrashed: string;
  cellRetry: string;
  proseLoading: string;
  proseFailed: string;
  /** Name of a display formula wider than the text, which scrolls sideways. */
  proseFormulaScrolls: string;
  backendLabel: string;
  backendPending: string;
  backendPendingDetail: string;
  backendNoNotes: string;
  backendNotesTitle: string;
  backendNextRun: string;
  backendOptions: Record<BackendPreference, string>;
  endOfLesson: string;
}

const en: Strings = {
  appName: 'Anomaly Lab',
  tagline: 'Anomaly detection with autoencoders, in your browser',
  heroTitle: 'Learn to spot the odd one out.',
  heroBody:
    'Anomaly Lab is a hands-on notebook for anomaly detection with autoencoders. Each lesson is short: read a few paragraphs, press Run all, and watch a small neural network learn what “normal” looks like, right here in your browser, with nothing to install and no data leaving the page. Then explore what it found: move the threshold, look at the worst reconstructions, and see why a high reconstruction error is the anomaly score.',
  heroCta: 'Start the first lesson',
  figureThreshold: 'threshold',
  figureAxis: 'reconstruction error →',
  figureNormal: 'normal',
  figureAnomaly: 'anomalies',
  lessonsHeading: 'Lessons',
  lessonsIntro: 'In teaching order. Each one follows a blog post and runs in a couple of minutes.',
  status: { ready: 'Ready', 'in-progress': 'In progress', planned: 'Planned' },
  seed: (seed) => `Post ${seed}`,
  lessonNumber: (n) => `Lesson ${n}`,
  openLesson: 'Open lesson',
  footer: 'Training runs in a Web Worker on your own device. After the first visit, Anomaly Lab also works offline.',
  allLessons: 'All lessons',
  language: 'Language',
  runAll: 'Run all',
  busyElsewhere: (lesson) => `“${lesson}” is still training. One model trains at a time: a run started here stops it, and what it has trained so far is lost.`,
  goToLesson: 'Go to that lesson',
  running: 'Running…',
  runAllFailed: (message) => `Run all stopped: ${message}`,
  dismiss: 'Dismiss',
  differencesFromPost: 'Differences from the post, and what goes beyond it',
  settingsFromLink: 'These settings come from a link. Results are not part of a link: press Run all to reproduce them.',
  settingsFromStorage: 'Your saved settings were restored, except these:',
  copyLink: 'Copy link to these settings',
  linkCopied: 'Link copied',
  loadingLesson: 'Loading the lesson…',
  loadFailedTitle: 'This lesson could not be loaded',
  loadFailedBody: 'Check your connection and try again. If you are offline, lessons you have opened before still work.',
  retry: 'Try again',
  notAvailableBody: (status) => `This lesson is ${status.toLowerCase()}. Come back soon, or start with a lesson that is ready.`,
  notFoundTitle: 'Nothing here',
  notFoundBody: 'This page does not exist. Maybe the link is old, or a lesson was renamed.',
  backHome: 'Back to all lessons',
  glossaryLink: 'Glossary: the words the lessons use, in English and Japanese',
  glossaryTitle: 'Glossary',
  glossaryOpen: 'Open in the glossary',
  glossaryClose: 'Close',
  glossaryMissing: 'This term is not in the glossary.',
  stale: 'stale — re-run',
  staleHint: 'An input above changed since this cell last ran.',
  cellLabel: (n) => `Cell ${n}`,
  cellCrashed: 'This cell ran into an error. The rest of the notebook still works.',
  cellRetry: 'Reload cell',
  proseLoading: 'Loading text…',
  proseFailed: 'The text of this cell could not be loaded. Reload the page to try again.',
  proseFormulaScrolls: 'Formula (scrolls sideways)',
  backendLabel: 'Backend',
  backendPending: 'backend: chosen when you press Run',
  backendPendingDetail:
    'With “auto”, Anomaly Lab tries WebGPU, then WebGL, then WebAssembly, then plain JavaScript, and uses the fastest that works on this device.',
  backendNoNotes: 'This was the first choice: no faster backend was skipped.',
  backendNotesTitle: 'Why not a faster one?',
  backendNextRun: 'Applies to the next run.',
  backendOptions: {
    auto: 'auto: fastest available',
    webgpu: 'WebGPU: modern GPU API',
    webgl: 'WebGL: GPU via graphics',
    wasm: 'WebAssembly: fast on CPU',
    cpu: 'cpu: plain JavaScript, slowest',
  },
  endOfLesson: 'End of the lesson.',
};

const ja: Strings = {
  appName: 'Anomaly Lab',
  tagline: 'ブラウザで学ぶ、オートエンコーダによる異常検知',
  heroTitle: '「いつもと違う」を見つける方法を学ぼう。',
  heroBody:
    'Anomaly Lab は、オートエンコーダによる異常検知を手を動かして学べるノートブックです。各レッスンは短く、説明を少し読んで「すべて実行」を押すと、小さなニューラルネットワークが「正常」の姿を学習していく様子をブラウザの中で見られます。インストールは不要で、データがページの外に出ることもありません。学習が終わったら、しきい値を動かしたり、うまく再構成できなかった画像を眺めたりしながら、再構成誤差がそのまま異常度になる理由を確かめましょう。',
  heroCta: '最初のレッスンを始める',
  figureThreshold: 'しきい値',
  figureAxis: '再構成誤差 →',
  figureNormal: '正常',
  figureAnomaly: '異常',
  lessonsHeading: 'レッスン',
  lessonsIntro: '学ぶ順に並んでいます。どれも元になる記事に沿っていて、数分で実行できます。',
  status: { ready: '公開中', 'in-progress': '作成中', planned: '準備中' },
  seed: (seed) => `記事 ${seed}`,
  lessonNumber: (n) => `レッスン ${n}`,
  openLesson: 'レッスンを開く',
  footer: '学習はお使いの端末上の Web Worker で動きます。一度開いたあとはオフラインでも使えます。',
  allLessons: 'レッスン一覧',
  language: '言語',
  runAll: 'すべて実行',
  busyElsewhere: (lesson) => `「${lesson}」がまだ学習中です。学習は一度に 1 つだけなので、ここで実行を始めるとその学習は止まり、それまでに学習した分は失われます。`,
  goToLesson: 'そのレッスンへ',
  running: '実行中…',
  runAllFailed: (message) => `「すべて実行」が中断されました：${message}`,
  dismiss: '閉じる',
  differencesFromPost: '記事との違いと、記事を超える部分',
  settingsFromLink: 'この設定はリンクから読み込みました。結果はリンクに含まれないので、「すべて実行」を押して再現してください。',
  settingsFromStorage: '保存された設定を復元しました。ただし次の値は使えませんでした：',
  copyLink: 'この設定のリンクをコピー',
  linkCopied: 'コピーしました',
  loadingLesson: 'レッスンを読み込んでいます…',
  loadFailedTitle: 'レッスンを読み込めませんでした',
  loadFailedBody: '接続を確認して、もう一度お試しください。オフラインでも、以前に開いたレッスンは使えます。',
  retry: '再試行',
  notAvailableBody: (status) => `このレッスンは現在「${status}」です。公開中のレッスンからお試しください。`,
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'このページは存在しません。リンクが古いか、レッスンの名前が変わった可能性があります。',
  backHome: 'レッスン一覧に戻る',
  glossaryLink: '用語集：レッスンで使う言葉（英語と日本語）',
  glossaryTitle: '用語集',
  glossaryOpen: '用語集で開く',
  glossaryClose: '閉じる',
  glossaryMissing: 'この用語は用語集にありません。',
  stale: '結果が古くなっています — 再実行',
  staleHint: 'このセルを最後に実行したあと、上のセルの入力が変わりました。',
  cellLabel: (n) => `セル ${n}`,
  cellCrashed: 'このセルでエラーが起きました。ほかのセルはそのまま使えます。',
  cellRetry: 'セルを再読み込み',
  proseLoading: '本文を読み込んでいます…',
  proseFailed: 'このセルの本文を読み込めませんでした。ページを再読み込みしてください。',
  proseFormulaScrolls: '数式（横にスクロールできます）',
  backendLabel: 'バックエンド',
  backendPending: 'バックエンド：「実行」を押したときに決まります',
  backendPendingDetail:
    '「自動」では WebGPU、WebGL、WebAssembly、素の JavaScript の順に試し、この端末で動く中でいちばん速いものを使います。',
  backendNoNotes: '第一候補がそのまま使われました。飛ばした高速なバックエンドはありません。',
  backendNotesTitle: 'より速いものを使わなかった理由',
  backendNextRun: '次の実行から反映されます。',
  backendOptions: {
    auto: '自動：使える中で最速',
    webgpu: 'WebGPU：最新の GPU API',
    webgl: 'WebGL：グラフィックス経由で GPU',
    wasm: 'WebAssembly：CPU で高速',
    cpu: 'cpu：素の JavaScript（最も遅い）',
  },
  endOfLesson: 'このレッスンはここまでです。',
};

/** Shell labels for each language. */
export const STRINGS: Record<Lang, Strings> = { en, ja };

/** The shell's labels in the current language; re-renders when the language changes. */
export function useT(): Strings {
  return STRINGS[useSettings((s) => s.lang)];
}
