/**
 * Bad CSV files in the time-series lesson, picked after a good one
 * (`good.csv`) was loaded and a model trained: each is refused with its
 * message, and the data in use, the file name the button shows and the
 * results stay those of `good.csv`. One file that loads (a typo in its first
 * row) says what it assumed.
 */
import type { CsvLayout } from '../core/timeseries/csv-series';
import { problem } from '../notebook/settings/problem';
import { shown, type BadInputCase } from './catalogue';
import { GOOD_CSV, picked, seriesWithCsv } from './lessons';

const ROWS: CsvLayout = { kind: 'rows' };

/** Picks `name` with `content` (in `layout`) after good.csv; the message is the CSV cell's error. */
function csv(input: string, name: string, content: string | Uint8Array, en: string, ja: string, layout: CsvLayout = ROWS, size?: number): BadInputCase {
  return {
    area: 'csv',
    input,
    en,
    ja,
    run: async () => {
      const { lesson, intact } = await seriesWithCsv();
      lesson.actions.setCsvLayout(layout);
      const ok = await lesson.actions.loadCsv(picked(name, content, size));
      const { csv } = lesson.store.getState();
      return shown(ok ? problem('loaded') : csv.error, intact);
    },
  };
}

/** The first 40 bytes of a PNG file: signature, IHDR chunk. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 0, 0, 0, 0, 0x3a, 0x98, 0xa0, 0xbd, 0, 0, 0, 0, 0x49, 0x45, 0x4e]);
/** An .xlsx file starts as a zip archive. */
const XLSX = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
/** "1,2\n" in UTF-16 LE with its byte-order mark, as Excel's "Unicode text" saves it. */
const UTF16 = Uint8Array.from([0xff, 0xfe, 0x31, 0, 0x2c, 0, 0x32, 0, 0x0a, 0]);

const rows = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const good = (n = 20) => GOOD_CSV.split('\n').slice(0, n).join('\n');

export const CSV_CASES: BadInputCase[] = [
  csv('an empty file', 'empty.csv', '', 'The file is empty.', 'ファイルが空です。'),
  csv('a 60 MB file', 'huge.csv', '1,2,3,4', 'The file is 60 MB; the limit is 50 MB. Cut it down or use a larger stride on a shorter export.', 'ファイルは 60 MB あります。上限は 50 MB です。短く切り出すか、ずらし幅を大きくして書き出し直してください。', ROWS, 60 * 1024 * 1024),
  csv(
    'a PNG renamed to .csv',
    'photo.csv',
    PNG,
    'This looks like a binary file (an image or a spreadsheet?), not CSV text: line 1, character 1 is not text. Save or export the data as CSV.',
    'CSV のテキストではなく、バイナリファイル（画像や表計算ファイル？）のようです。1 行目 1 文字目がテキストではありません。データを CSV として保存または書き出してください。',
  ),
  csv(
    'an .xlsx renamed to .csv',
    'sheet.csv',
    XLSX,
    'This looks like a binary file (an image or a spreadsheet?), not CSV text: line 1, character 3 is not text. Save or export the data as CSV.',
    'CSV のテキストではなく、バイナリファイル（画像や表計算ファイル？）のようです。1 行目 3 文字目がテキストではありません。データを CSV として保存または書き出してください。',
  ),
  csv(
    'a UTF-16 text file',
    'unicode.csv',
    UTF16,
    'This looks like a binary file (an image or a spreadsheet?), not CSV text: line 1, character 1 is not text. Save or export the data as CSV.',
    'CSV のテキストではなく、バイナリファイル（画像や表計算ファイル？）のようです。1 行目 1 文字目がテキストではありません。データを CSV として保存または書き出してください。',
  ),
  csv('only a header', 'header.csv', 't0,t1,t2,t3\n', 'The file has a header but no rows of numbers.', 'ファイルには見出し行しかなく、数値の行がありません。'),
  csv('an empty cell', 'gap.csv', `${good(3)}\n1,,3,4,5,6,7,8\n${good(20)}`, 'Line 4, column 2 is empty. Every cell must hold a number; fill or remove the gap.', '4 行目 2 列目が空です。すべてのセルに数値が必要です。埋めるか取り除いてください。'),
  csv('"NA" in a cell', 'na.csv', `${good(2)}\n1,2,NA,4,5,6,7,8\n${good(20)}`, 'Line 3, column 3 holds a missing value ("NA"). Fill it or drop that series.', '3 行目 3 列目は欠損値（"NA"）です。値を埋めるか、その系列を除いてください。'),
  csv('a word in a cell', 'word.csv', `${good(5)}\n1,2,3,4,5,six,7,8\n${good(20)}`, 'Line 6, column 6 is not a number: "six".', '6 行目 6 列目が数値ではありません："six"。'),
  csv(
    'a value of 1e300 (beyond float32)',
    'huge-values.csv',
    `${good(1)}\n1,1e300,3,4,5,6,7,8\n${good(20)}`,
    'Line 2, column 2 is too large: "1e300". The models compute in 32-bit floats, which end at ±3.4 × 10³⁸.',
    '2 行目 2 列目の "1e300" は大きすぎます。モデルは 32 ビット浮動小数点で計算するため、±3.4 × 10³⁸ までしか扱えません。',
  ),
  csv('a short row', 'ragged.csv', `${good(10)}\n1,2,3\n${good(20)}`, 'Line 11 has 3 values but line 1 has 8. Every row must be a series of the same length.', '11 行目には値が 3 個ありますが、1 行目には 8 個あります。すべての行を同じ長さの系列にしてください。'),
  csv(
    'one value per row in the rows layout',
    'column.csv',
    rows(50, (i) => String(i % 7)),
    'Each row is one series, but line 1 has only 1 value (need at least 4). For one long series in a column, choose "one long series".',
    '1 行が 1 系列として読まれますが、1 行目には値が 1 個しかありません（4 個以上必要）。1 列に並んだ長い系列なら「1 本の長い系列」を選んでください。',
  ),
  csv('five series', 'few.csv', good(5), 'Only 5 series; at least 10 are needed to learn what is normal.', '系列が 5 本しかありません。正常を学ぶには 10 本以上必要です。'),
  csv('a long series shorter than one window', 'short.csv', rows(30, (i) => String(i)), 'The series has 30 values, fewer than one window of 50.', '系列の値は 30 個で、長さ 50 の窓 1 つに足りません。', { kind: 'windows', length: 50, stride: 1 }),
  csv('column 3 of a two-column table', 'two-columns.csv', rows(200, (i) => `${i},${i % 5}`), 'Column 3 does not exist: the rows have 2 columns.', '3 列目はありません。行の列数は 2 です。', { kind: 'windows', length: 20, stride: 5, column: 2 }),
];

/** A typo in the first data row loads, but says that line became a header and why. */
export const CSV_NOTE_CASE: BadInputCase = {
  area: 'csv',
  input: 'a typo ("2.O") in the first data row',
  en: 'Took line 1 as a header (8 names) because column 2, "2.O", is not a number. If that line is data, correct the cell and load the file again.',
  ja: '2 列目の "2.O" が数値ではないため、1 行目を見出し（8 個の名前）とみなしました。その行がデータなら、セルを直してからファイルを読み込み直してください。',
  run: async () => {
    const { lesson } = await seriesWithCsv();
    const { result } = lesson.store.getState();
    await lesson.actions.loadCsv(picked('typo.csv', `1,2.O,3,4,5,6,7,8\n${good(20)}`));
    const s = lesson.store.getState();
    const loaded = s.csv.fileName === 'typo.csv' && s.data.set?.group.length === 20;
    return shown(s.csv.notes[0], () => (s.result === result && loaded ? null : 'the file did not load as 20 series, or the results went'));
  },
};
