import type { MvtecProblem } from './mvtec-request';

/** Words for each problem of a learner's MVTec folder, by code. */
export type MvtecWords = { [P in MvtecProblem as P['code']]: (v: P['values']) => string };

/** Why a file of a folder could not be decoded. */
const REASONS: Record<string, string> = { 'not-png': 'it is not a PNG file', corrupt: 'the PNG is damaged', 'read-failed': 'the browser could not read it' };
/** ファイルを読み込めなかった理由。 */
const REASONS_JA: Record<string, string> = { 'not-png': 'PNG ファイルではありません', corrupt: 'PNG が壊れています', 'read-failed': 'ブラウザが読み込めませんでした' };

/** The words of "bring your own MVTec AD folder" (`byo`) and of each folder problem (`mvtec`), in both languages; lesson text tables spread them. */
const en = {
  byo: {
    pick: 'Choose a folder…',
    drop: 'or drop a category folder (such as carpet) anywhere on this page.',
    dropHere: 'Drop the folder to open it',
    layout: 'Expected layout: train/good/*.png, test/<defect>/*.png and ground_truth/<defect>/*_mask.png.',
    privacy: 'The images are read here, in your browser; nothing is uploaded.',
    size: (n: number) => `Images are reduced to ${n} × ${n} pixels, the crop size; to change it, set the crop size and open the folder again.`,
    reading: (name: string) => `Reading ${name}…`,
    progress: (done: number, total: number) => `${done} of ${total} files`,
    inUse: (name: string, train: number, val: number, test: number, defective: number) =>
      `${name} is the lesson's data: ${train} training images, ${val} held out for validation (normal), ${test} test images, ${defective} with a defect.`,
    failed: (name: string) => `${name} was not opened; the lesson keeps its current data.`,
    more: (n: number) => `…and ${n} more.`,
    back: 'Back to the built-in data',
    fixedSize: (n: number) => `Images are reduced to ${n} × ${n} pixels, the lesson's input size.`,
  },
  mvtec: {
    'mvtec-empty': () => 'The folder has no files.',
    'mvtec-several-roots': (v) => `This holds several folders (${v.roots.join(', ')}): open one category at a time.`,
    'mvtec-duplicate': (v) => `${v.file} is there twice.`,
    'mvtec-unknown-file': (v) => `${v.file} is not inside train/, test/ or ground_truth/.`,
    'mvtec-wrong-place': (v) => `${v.file} is in the wrong place: expected ${v.expected}.`,
    'mvtec-not-png': (v) => `${v.file} is not a .png file.`,
    'mvtec-mask-name': (v) => `${v.file}: a mask's name must end in _mask.png.`,
    'mvtec-mask-for-good': (v) => `${v.file}: good images have no mask (there should be no ground_truth/good/).`,
    'mvtec-missing-mask': (v) => `${v.file} has no mask: expected ${v.mask}.`,
    'mvtec-orphan-mask': (v) => `${v.file} is a mask without its image ${v.image}.`,
    'mvtec-no-train': () => 'There are no training images in train/good/.',
    'mvtec-no-test': () => 'There are no test images in test/.',
    'mvtec-no-defects': () => 'Every test image is good: at least one test/<defect>/ folder is needed.',
    'mvtec-unreadable': (v) => `${v.file} cannot be used: ${REASONS[v.reason]}.`,
    'mvtec-mask-size': (v) => `${v.file} is ${v.width} × ${v.height} pixels but its image ${v.image} is ${v.imageWidth} × ${v.imageHeight}.`,
  } as MvtecWords,
};

/** The text of an MVTec folder picker and its problems. */
export type MvtecText = typeof en;

const ja: MvtecText = {
  byo: {
    pick: 'フォルダを選ぶ…',
    drop: 'または、カテゴリのフォルダ（carpet など）をこのページのどこかにドロップしてください。',
    dropHere: 'ドロップするとフォルダを開きます',
    layout: '想定する構成：train/good/*.png、test/<欠陥名>/*.png、ground_truth/<欠陥名>/*_mask.png。',
    privacy: '画像はこのブラウザの中で読み込まれ、どこにも送信されません。',
    size: (n) => `画像は切り出しサイズの ${n} × ${n} 画素に縮小します。変えるときは切り出しサイズを設定してから、フォルダを開き直してください。`,
    reading: (name) => `${name} を読み込み中…`,
    progress: (done, total) => `${total} 個中 ${done} 個のファイル`,
    inUse: (name, train, val, test, defective) => `${name} をこのレッスンのデータにしています：学習用 ${train} 枚、検証用（正常）${val} 枚、テスト用 ${test} 枚（うち欠陥 ${defective} 枚）。`,
    failed: (name) => `${name} は開けませんでした。レッスンは今のデータのままです。`,
    more: (n) => `…ほかに ${n} 件。`,
    back: '組み込みのデータに戻す',
    fixedSize: (n) => `画像はこのレッスンの入力サイズ ${n} × ${n} 画素に縮小します。`,
  },
  mvtec: {
    'mvtec-empty': () => 'フォルダにファイルがありません。',
    'mvtec-several-roots': (v) => `複数のフォルダ（${v.roots.join('、')}）が含まれています。カテゴリは 1 つずつ開いてください。`,
    'mvtec-duplicate': (v) => `${v.file} が 2 回含まれています。`,
    'mvtec-unknown-file': (v) => `${v.file} は train/、test/、ground_truth/ のどれにも入っていません。`,
    'mvtec-wrong-place': (v) => `${v.file} の場所が違います。${v.expected} に置いてください。`,
    'mvtec-not-png': (v) => `${v.file} は .png ファイルではありません。`,
    'mvtec-mask-name': (v) => `${v.file}：マスクの名前は _mask.png で終わる必要があります。`,
    'mvtec-mask-for-good': (v) => `${v.file}：good の画像にはマスクはありません（ground_truth/good/ は不要です）。`,
    'mvtec-missing-mask': (v) => `${v.file} のマスクがありません。${v.mask} が必要です。`,
    'mvtec-orphan-mask': (v) => `${v.file} はマスクですが、対応する画像 ${v.image} がありません。`,
    'mvtec-no-train': () => 'train/good/ に学習用の画像がありません。',
    'mvtec-no-test': () => 'test/ にテスト用の画像がありません。',
    'mvtec-no-defects': () => 'テスト画像がすべて good です。test/<欠陥名>/ のフォルダが 1 つ以上必要です。',
    'mvtec-unreadable': (v) => `${v.file} を使えません：${REASONS_JA[v.reason]}。`,
    'mvtec-mask-size': (v) => `${v.file} は ${v.width} × ${v.height} 画素ですが、画像 ${v.image} は ${v.imageWidth} × ${v.imageHeight} 画素です。`,
  },
};

export const MVTEC_TEXT = { en, ja } as const;

/** One problem of a folder in the learner's language. */
export function mvtecProblemText(p: MvtecProblem, t: MvtecText): string {
  return (t.mvtec[p.code] as (v: MvtecProblem['values']) => string)(p.values);
}
