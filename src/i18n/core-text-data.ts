import type { CoreProblems } from '../core/problem';
import { num, type Wordings } from './core-text-format';

/** Group names of the time-series generator, as `seriesSpecProblems` names them. */
const GROUPS: Record<string, { en: string; ja: string }> = {
  normal: { en: 'normal', ja: '正常' },
  'low-noise': { en: 'too-clean', ja: 'きれいすぎ' },
  cos: { en: 'cos', ja: 'cos' },
  spike: { en: 'spike', ja: 'スパイク' },
  'level-shift': { en: 'level-shift', ja: 'レベルシフト' },
  frequency: { en: 'faster-wave', ja: '速い波' },
  dropout: { en: 'dropout', ja: '欠測' },
};

const group = (g: string, lang: 'en' | 'ja') => GROUPS[g]?.[lang] ?? g;

/** A CSV separator: one of it (en), many of it (en), and its name (ja). */
const SEPARATORS: Record<CoreProblems['csv-cell-separator']['found'], { one: string; many: string; ja: string }> = {
  comma: { one: 'a comma (,)', many: 'commas (,)', ja: 'カンマ（,）' },
  semicolon: { one: 'a semicolon (;)', many: 'semicolons (;)', ja: 'セミコロン（;）' },
  tab: { one: 'a tab', many: 'tabs', ja: 'タブ' },
};

type DataCodes =
  | 'class-out-of-range' | 'download-failed' | 'file-unreadable' | 'no-images' | 'patch-size-range' | 'patch-count-invalid' | 'stride-invalid' | 'patch-larger-than-image'
  | 'no-held-out' | 'position-split' | 'no-new-score'
  | `spec-${string}` | `csv-${string}` | 'file-too-large' | 'file-empty' | 'window-length-range';

/** Data, patches, the time-series generator and CSV files. */
export const DATA_TEXT: Wordings<Extract<keyof CoreProblems, DataCodes>> = {
  'class-out-of-range': {
    en: (v) => `Class ${v.cls} does not exist (classes are 0–${v.max}).`,
    ja: (v) => `クラス ${v.cls} はありません（クラスは 0–${v.max}）。`,
  },
  'download-failed': {
    en: (v) => `Could not load the images: downloading ${v.url} failed (${v.detail}). Check the connection; lessons opened before also work offline.`,
    ja: (v) => `画像を読み込めませんでした。${v.url} のダウンロードに失敗しました（${v.detail}）。接続を確認してください。以前に開いたレッスンはオフラインでも使えます。`,
  },
  'file-unreadable': { en: () => 'The file could not be read.', ja: () => 'ファイルを読み込めませんでした。' },
  'no-images': { en: () => 'There are no images to cut patches from.', ja: () => 'パッチを切り出す画像がありません。' },
  'patch-size-range': { en: (v) => `The patch side must be 1–${v.max} pixels (got ${v.got}).`, ja: (v) => `パッチの一辺は 1–${v.max} 画素にしてください（${v.got} になっています）。` },
  'patch-count-invalid': { en: (v) => `The number of patches must be a whole number ≥ 1 (got ${v.got}).`, ja: (v) => `パッチ数は 1 以上の整数にしてください（${v.got} になっています）。` },
  'stride-invalid': { en: (v) => `The stride must be a whole number ≥ 1 (got ${v.got}).`, ja: (v) => `ずらし幅（stride）は 1 以上の整数にしてください（${v.got} になっています）。` },
  'patch-larger-than-image': { en: (v) => `A ${v.size}-pixel patch is larger than the ${v.side}-pixel image.`, ja: (v) => `${v.size} 画素のパッチは ${v.side} 画素の画像より大きくなっています。` },
  'no-held-out': { en: () => 'Comparing windows per place needs at least one held-out normal image.', ja: () => '場所ごとの比較には、取り分けた正常画像が 1 枚以上必要です。' },
  'position-split': { en: (v) => `${v.scores} window scores do not split into images of ${v.perImage} windows.`, ja: (v) => `${v.scores} 個の窓のスコアを 1 枚 ${v.perImage} 窓の画像に分けられません。` },
  'no-new-score': { en: () => 'The new score was not computed.', ja: () => '新しいスコアが計算されていません。' },
  'spec-length-range': { en: (v, l) => `The series length must be a whole number from ${num(v.min, l)} to ${num(v.max, l)} (got ${num(v.got, l)}).`, ja: (v, l) => `系列長は ${num(v.min, l)}–${num(v.max, l)} の整数にしてください（${num(v.got, l)} になっています）。` },
  'spec-count-range': {
    en: (v, l) => `The ${group(v.group, 'en')} count must be a whole number from ${num(v.min, l)} to ${num(v.max, l)} (got ${num(v.got, l)}).`,
    ja: (v, l) => `「${group(v.group, 'ja')}」の本数は ${num(v.min, l)}–${num(v.max, l)} の整数にしてください（${num(v.got, l)} になっています）。`,
  },
  'spec-amplitude-range': {
    en: (v, l) => `The ${group(v.group, 'en')} amplitude must be between 0 and ${num(v.max, l)} (got ${num(v.got, l)}).`,
    ja: (v, l) => `「${group(v.group, 'ja')}」の振幅は 0–${num(v.max, l)} にしてください（${num(v.got, l)} になっています）。`,
  },
  'spec-noise-range': {
    en: (v, l) => `The ${group(v.group, 'en')} noise σ must be between 0 and ${num(v.max, l)} (got ${num(v.got, l)}).`,
    ja: (v, l) => `「${group(v.group, 'ja')}」のノイズ σ は 0–${num(v.max, l)} にしてください（${num(v.got, l)} になっています）。`,
  },
  'spec-spike-height': { en: (v, l) => `The spike height must be non-zero and at most ${num(v.max, l)} in size (got ${num(v.got, l)}).`, ja: (v, l) => `スパイクの高さは 0 以外で、大きさ ${num(v.max, l)} 以下にしてください（${num(v.got, l)} になっています）。` },
  'spec-level-shift': { en: (v, l) => `The level shift must be non-zero and between −${num(v.max, l)} and ${num(v.max, l)} (got ${num(v.got, l)}).`, ja: (v, l) => `レベルシフトは 0 以外で、−${num(v.max, l)}–${num(v.max, l)} にしてください（${num(v.got, l)} になっています）。` },
  'spec-frequency-factor': { en: (v, l) => `The frequency factor must be in (0, ${num(v.max, l)}] and not 1 (got ${num(v.got, l)}).`, ja: (v, l) => `周波数の倍率は (0, ${num(v.max, l)}] の範囲で、1 以外にしてください（${num(v.got, l)} になっています）。` },
  'spec-dropout-fraction': { en: (v, l) => `The dropout fraction must be between 0 and 1, exclusive (got ${num(v.got, l)}).`, ja: (v, l) => `欠測の割合は 0 より大きく 1 より小さくしてください（${num(v.got, l)} になっています）。` },
  'spec-too-many-series': { en: (v, l) => `That is ${num(v.total, l)} series in total; the limit is ${num(v.max, l)}.`, ja: (v, l) => `合計 ${num(v.total, l)} 系列になります。上限は ${num(v.max, l)} です。` },
  'spec-too-much-data': {
    en: (v, l) => `${num(v.total, l)} series × ${num(v.length, l)} steps is too much data for the browser (limit ${num(v.max, l)} values).`,
    ja: (v, l) => `${num(v.total, l)} 系列 × ${num(v.length, l)} ステップはブラウザには多すぎます（上限 ${num(v.max, l)} 値）。`,
  },
  'file-too-large': {
    en: (v, l) => `The file is ${num(v.megabytes, l)} MB; the limit is ${num(v.limit, l)} MB. Cut it down or use a larger stride on a shorter export.`,
    ja: (v, l) => `ファイルは ${num(v.megabytes, l)} MB あります。上限は ${num(v.limit, l)} MB です。短く切り出すか、ずらし幅を大きくして書き出し直してください。`,
  },
  'file-empty': { en: () => 'The file is empty.', ja: () => 'ファイルが空です。' },
  'csv-header-only': { en: () => 'The file has a header but no rows of numbers.', ja: () => 'ファイルには見出し行しかなく、数値の行がありません。' },
  'csv-too-many-rows': { en: (v, l) => `The file has more than ${num(v.max, l)} rows of data; the limit is ${num(v.max, l)}.`, ja: (v, l) => `データ行が ${num(v.max, l)} 行を超えています。上限は ${num(v.max, l)} 行です。` },
  'csv-cell-empty': {
    en: (v) => `Line ${v.line}, column ${v.column} is empty. Every cell must hold a number; fill or remove the gap.`,
    ja: (v) => `${v.line} 行目 ${v.column} 列目が空です。すべてのセルに数値が必要です。埋めるか取り除いてください。`,
  },
  'csv-cell-missing': {
    en: (v) => `Line ${v.line}, column ${v.column} holds a missing value ("${v.text}"). Fill it or drop that series.`,
    ja: (v) => `${v.line} 行目 ${v.column} 列目は欠損値（"${v.text}"）です。値を埋めるか、その系列を除いてください。`,
  },
  'csv-cell-not-number': { en: (v) => `Line ${v.line}, column ${v.column} is not a number: "${v.text}".`, ja: (v) => `${v.line} 行目 ${v.column} 列目が数値ではありません："${v.text}"。` },
  'csv-cell-separator': {
    en: (v) =>
      `Line ${v.line}, column ${v.column} is not a number: "${v.text}". It holds ${SEPARATORS[v.found].one}, but ${v.separator === 'none' ? 'the first line has no separator, so each line was read as one column' : `the first line separates its columns with ${SEPARATORS[v.separator].many}`}. Use the same separator on every line.`,
    ja: (v) =>
      `${v.line} 行目 ${v.column} 列目が数値ではありません："${v.text}"。${SEPARATORS[v.found].ja}を含んでいますが、${v.separator === 'none' ? '1 行目に区切り文字がないため、各行を 1 列として読みました' : `1 行目は${SEPARATORS[v.separator].ja}で区切られています`}。すべての行で同じ区切り文字を使ってください。`,
  },
  'csv-cell-too-large': {
    en: (v) => `Line ${v.line}, column ${v.column} is too large: "${v.text}". The models compute in 32-bit floats, which end at ±3.4 × 10³⁸.`,
    ja: (v) => `${v.line} 行目 ${v.column} 列目の "${v.text}" は大きすぎます。モデルは 32 ビット浮動小数点で計算するため、±3.4 × 10³⁸ までしか扱えません。`,
  },
  'csv-binary-file': {
    en: (v) => `This looks like a binary file (an image or a spreadsheet?), not CSV text: line ${v.line}, character ${v.column} is not text. Save or export the data as CSV.`,
    ja: (v) => `CSV のテキストではなく、バイナリファイル（画像や表計算ファイル？）のようです。${v.line} 行目 ${v.column} 文字目がテキストではありません。データを CSV として保存または書き出してください。`,
  },
  'csv-row-too-short': {
    en: (v) => `Each row is one series, but line ${v.line} has only ${v.values} value${v.values === 1 ? '' : 's'} (need at least ${v.min}). For one long series in a column, choose "one long series".`,
    ja: (v) => `1 行が 1 系列として読まれますが、${v.line} 行目には値が ${v.values} 個しかありません（${v.min} 個以上必要）。1 列に並んだ長い系列なら「1 本の長い系列」を選んでください。`,
  },
  'csv-row-too-long': { en: (v, l) => `Rows have ${num(v.values, l)} values; series longer than ${num(v.max, l)} steps are not supported.`, ja: (v, l) => `行に ${num(v.values, l)} 個の値があります。${num(v.max, l)} ステップより長い系列は扱えません。` },
  'csv-too-many-series': { en: (v, l) => `${num(v.n, l)} series is more than the limit of ${num(v.max, l)}.`, ja: (v, l) => `${num(v.n, l)} 系列は上限の ${num(v.max, l)} を超えています。` },
  'csv-ragged': {
    en: (v) => `Line ${v.line} has ${v.values} values but line ${v.firstLine} has ${v.length}. Every row must be a series of the same length.`,
    ja: (v) => `${v.line} 行目には値が ${v.values} 個ありますが、${v.firstLine} 行目には ${v.length} 個あります。すべての行を同じ長さの系列にしてください。`,
  },
  'csv-too-few-series': { en: (v, l) => `Only ${num(v.n, l)} series; at least ${num(v.min, l)} are needed to learn what is normal.`, ja: (v, l) => `系列が ${num(v.n, l)} 本しかありません。正常を学ぶには ${num(v.min, l)} 本以上必要です。` },
  'window-length-range': { en: (v, l) => `The window length must be a whole number from ${num(v.min, l)} to ${num(v.max, l)} (got ${num(v.got, l)}).`, ja: (v, l) => `窓の長さは ${num(v.min, l)}–${num(v.max, l)} の整数にしてください（${num(v.got, l)} になっています）。` },
  'csv-shorter-than-window': { en: (v, l) => `The series has ${num(v.values, l)} values, fewer than one window of ${num(v.length, l)}.`, ja: (v, l) => `系列の値は ${num(v.values, l)} 個で、長さ ${num(v.length, l)} の窓 1 つに足りません。` },
  'csv-too-many-windows': {
    en: (v, l) => `That makes ${num(v.windows, l)} windows, more than the limit of ${num(v.max, l)}. Use a stride of at least ${num(v.stride, l)}.`,
    ja: (v, l) => `窓が ${num(v.windows, l)} 個になり、上限の ${num(v.max, l)} を超えます。ずらし幅を ${num(v.stride, l)} 以上にしてください。`,
  },
  'csv-no-column': { en: (v) => `Column ${v.column} does not exist: the rows have ${v.width} column${v.width === 1 ? '' : 's'}.`, ja: (v) => `${v.column} 列目はありません。行の列数は ${v.width} です。` },
  'csv-row-without-column': { en: (v) => `Row ${v.row} of the data has no column ${v.column}.`, ja: (v) => `データの ${v.row} 行目には ${v.column} 列目がありません。` },
  'csv-header-skipped': { en: (v) => `Skipped the first line as a header (${v.names} names).`, ja: (v) => `1 行目は見出し（${v.names} 個の名前）として読み飛ばしました。` },
  'csv-header-assumed': {
    en: (v) => `Took line ${v.line} as a header (${v.names} names) because column ${v.column}, "${v.text}", is not a number. If that line is data, correct the cell and load the file again.`,
    ja: (v) => `${v.column} 列目の "${v.text}" が数値ではないため、${v.line} 行目を見出し（${v.names} 個の名前）とみなしました。その行がデータなら、セルを直してからファイルを読み込み直してください。`,
  },
  'csv-decimal-comma': {
    en: () => 'The columns are separated by semicolons (;), so commas were read as decimal marks (1,5 = 1.5).',
    ja: () => '列がセミコロン（;）で区切られているため、カンマを小数点として読みました（1,5 = 1.5）。',
  },
  'csv-windows-cut': {
    en: (v, l) => `Cut ${num(v.values, l)} values into ${num(v.windows, l)} windows of ${num(v.length, l)} (stride ${num(v.stride, l)}).`,
    ja: (v, l) => `${num(v.values, l)} 個の値を長さ ${num(v.length, l)} の窓 ${num(v.windows, l)} 個に切り出しました（ずらし幅 ${num(v.stride, l)}）。`,
  },
  'csv-column-used': {
    en: (v) => `Used column ${v.column}${v.name ? ` ("${v.name}")` : ''} of ${v.width} as the series.`,
    ja: (v) => `${v.width} 列のうち ${v.column} 列目${v.name ? `（"${v.name}"）` : ''}を系列として使いました。`,
  },
};
