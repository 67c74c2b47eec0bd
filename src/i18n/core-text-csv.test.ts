import { describe, expect, it } from 'vitest';
import { problem } from '../core/problem';
import { coreText } from './core-text';

describe('CSV separator texts', () => {
  it('name the separator a cell holds and the first line’s, in English and Japanese', () => {
    const semicolon = problem('csv-cell-separator', { line: 2, column: 1, text: '1;2', found: 'semicolon', separator: 'comma' });
    expect(coreText(semicolon, 'en')).toBe('Line 2, column 1 is not a number: "1;2". It holds a semicolon (;), but the first line separates its columns with commas (,). Use the same separator on every line.');
    expect(coreText(semicolon, 'ja')).toBe('2 行目 1 列目が数値ではありません："1;2"。セミコロン（;）を含んでいますが、1 行目はカンマ（,）で区切られています。すべての行で同じ区切り文字を使ってください。');
    const none = problem('csv-cell-separator', { line: 3, column: 1, text: '1\t2', found: 'tab', separator: 'none' });
    expect(coreText(none, 'en')).toBe('Line 3, column 1 is not a number: "1\t2". It holds a tab, but the first line has no separator, so each line was read as one column. Use the same separator on every line.');
    expect(coreText(none, 'ja')).toBe('3 行目 1 列目が数値ではありません："1\t2"。タブを含んでいますが、1 行目に区切り文字がないため、各行を 1 列として読みました。すべての行で同じ区切り文字を使ってください。');
    const comma = problem('csv-cell-separator', { line: 4, column: 2, text: '3,4,5', found: 'comma', separator: 'semicolon' });
    expect(coreText(comma, 'en')).toBe('Line 4, column 2 is not a number: "3,4,5". It holds a comma (,), but the first line separates its columns with semicolons (;). Use the same separator on every line.');
    expect(coreText(comma, 'ja')).toBe('4 行目 2 列目が数値ではありません："3,4,5"。カンマ（,）を含んでいますが、1 行目はセミコロン（;）で区切られています。すべての行で同じ区切り文字を使ってください。');
  });

  it('say that decimal commas were read', () => {
    expect(coreText(problem('csv-decimal-comma', {}), 'en')).toBe('The columns are separated by semicolons (;), so commas were read as decimal marks (1,5 = 1.5).');
    expect(coreText(problem('csv-decimal-comma', {}), 'ja')).toBe('列がセミコロン（;）で区切られているため、カンマを小数点として読みました（1,5 = 1.5）。');
  });
});
