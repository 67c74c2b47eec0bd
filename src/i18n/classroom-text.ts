import { useSettings } from '../stores/settings-store';
import type { Lang } from './lang';

/** The keys of the shortcut list, as printed on keyboards (the same in every language), in the order of `ClassroomText.keys`. */
export const SHORTCUT_KEYS: readonly string[] = ['?', 'Tab / Shift + Tab', '← → ↑ ↓', 'Shift + Enter', 'P', '← → / Page Up / Page Down', 'Space / Enter', 'T', 'Esc'];

/** The words of the classroom features: skip link, header menu, presenter mode and the shortcut list. */
export interface ClassroomText {
  skipToContent: string;
  /** The phone header's menu button (backend and link tools). */
  moreTools: string;
  present: string;
  presentHint: string;
  exitPresent: string;
  previousCell: string;
  nextCell: string;
  /** "Cell 3 of 8: Train" — the presenter stage's name, also announced when it changes. */
  cellOf: (n: number, total: number, title: string) => string;
  pairWith: string;
  pairNone: string;
  showText: string;
  runCell: string;
  liveView: string;
  /** Accessible name of the presenter toolbar. */
  presenterControls: string;
  shortcuts: string;
  shortcutsHint: string;
  close: string;
  /** What each of `SHORTCUT_KEYS` does. */
  keys: string[];
  trainingProgress: string;
}

const en: ClassroomText = {
  skipToContent: 'Skip to content',
  moreTools: 'Backend and link',
  present: 'Present',
  presentHint: 'Presenter mode: one cell at a time in large type (P)',
  exitPresent: 'Leave presenter mode',
  previousCell: 'Previous cell',
  nextCell: 'Next cell',
  cellOf: (n, total, title) => `Cell ${n} of ${total}: ${title}`,
  pairWith: 'Beside it',
  pairNone: 'nothing',
  showText: 'Text',
  runCell: 'Run this cell',
  liveView: 'Live: threshold, histogram and ROC',
  presenterControls: 'Presenter controls',
  shortcuts: 'Keyboard shortcuts',
  shortcutsHint: 'Keyboard shortcuts (?)',
  close: 'Close',
  keys: [
    'Show this list',
    'Move between controls; a chart toolbar or the class picker is one stop',
    'Move inside the class picker, a chart toolbar or a slider',
    'Run the cell that holds the focus (a cell without its own action runs the notebook)',
    'Presenter mode on or off',
    'Presenter mode: previous or next cell',
    'Presenter mode: run the cell shown',
    'Presenter mode: fold the text away or back',
    'Close this list, or leave presenter mode',
  ],
  trainingProgress: 'Training progress',
};

const ja: ClassroomText = {
  skipToContent: '本文へ移動',
  moreTools: 'バックエンドとリンク',
  present: 'プレゼン',
  presentHint: 'プレゼンモード：セルを 1 つずつ大きな文字で表示（P）',
  exitPresent: 'プレゼンモードを終了',
  previousCell: '前のセル',
  nextCell: '次のセル',
  cellOf: (n, total, title) => `セル ${n}/${total}：${title}`,
  pairWith: '横に並べる',
  pairNone: 'なし',
  showText: '本文',
  runCell: 'このセルを実行',
  liveView: 'ライブ：しきい値・ヒストグラム・ROC',
  presenterControls: 'プレゼンの操作',
  shortcuts: 'キーボードショートカット',
  shortcutsHint: 'キーボードショートカット（?）',
  close: '閉じる',
  keys: [
    'この一覧を表示',
    '操作部品の間を移動（グラフのツールバーとクラス選択は 1 か所）',
    'クラス選択・グラフのツールバー・スライダーの中で移動',
    'フォーカスのあるセルを実行（専用の操作がないセルではノートブック全体を実行）',
    'プレゼンモードの切り替え',
    'プレゼンモード：前後のセルへ',
    'プレゼンモード：表示中のセルを実行',
    'プレゼンモード：本文を隠す・戻す',
    'この一覧を閉じる、またはプレゼンモードを終了',
  ],
  trainingProgress: '学習の進み具合',
};

/** The classroom words in each language. */
export const CLASSROOM_TEXT: Record<Lang, ClassroomText> = { en, ja };

/** The classroom words in the learner's language; re-renders when it changes. */
export function useClassroomText(): ClassroomText {
  return CLASSROOM_TEXT[useSettings((s) => s.lang)];
}
