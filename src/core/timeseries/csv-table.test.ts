import { describe, expect, it } from 'vitest';
import { problem, ProblemError, type CoreProblem } from '../problem';
import { parseNumericTable } from './csv-table';

/** The error a `problem` is thrown as (`toThrow` compares messages). */
const thrown = (p: CoreProblem) => new ProblemError(p);
const parse = (text: string) => parseNumericTable(text, 100);
const values = (text: string) => parse(text).rows.map((r) => Array.from(r));

describe('parseNumericTable — a trailing separator', () => {
  it('reads an empty cell ending every line as no cell (as Excel exports), with or without a header', () => {
    expect(values('1,2,3,\n4,5,6,\n')).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(values('1;2;3;\r\n4;5;6;\r\n')).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(values('1\t2\t3\t\n4\t5\t6\t\n')).toEqual([[1, 2, 3], [4, 5, 6]]);
    const headed = parse('a,b,c\n1,2,3,\n4,5,6,\n');
    expect(headed.header).toEqual(['a', 'b', 'c']);
    expect(headed.rows.map((r) => r.length)).toEqual([3, 3]);
    // Padded to a wider sheet: the columns empty on every line are no columns.
    expect(values('1,2,3,,\n4,5,6,,\n')).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('skips a line of separators only, as a spreadsheet writes an empty row, like a blank line', () => {
    expect(values('1,2,3\n,,\n4,5,6\n,,,,\n')).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(parse('1;2\n ; \n3;4').lines).toEqual([1, 3]);
  });

  it('keeps a short row ragged when every line ends with a separator', () => {
    expect(values('1,2,3,\n4,5,\n6,7,8,\n')).toEqual([[1, 2, 3], [4, 5], [6, 7, 8]]);
  });

  it('names an empty last cell that not every line has, and empty cells in the middle', () => {
    expect(() => parse('1,2,3\n4,5,\n6,7,8\n')).toThrow(thrown(problem('csv-cell-empty', { line: 2, column: 3 })));
    expect(() => parse('1,2,3,\n4,5,6\n')).toThrow(thrown(problem('csv-cell-empty', { line: 1, column: 4 })));
    expect(() => parse('1,2,3,\n4,,6,\n')).toThrow(thrown(problem('csv-cell-empty', { line: 2, column: 2 })));
    expect(() => parse('1,2,3,\n4,5,,,\n7,8,9,\n')).toThrow(thrown(problem('csv-cell-empty', { line: 2, column: 3 })));
  });
});

describe('parseNumericTable — the separator', () => {
  it('takes semicolons over commas: a semicolon file writes decimal commas, and says so', () => {
    const t = parse('x;y;z\n1,5;-2,25;3\n0,5;,75;1e2\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['x', 'y', 'z']);
    expect(t.rows.map((r) => Array.from(r))).toEqual([[1.5, -2.25, 3], [0.5, 0.75, 100]]);
    expect(t.decimalComma).toBe(true);
    expect(parse('1;2;3\n').decimalComma).toBe(false);
    expect(parse('"a;b",c\n1,2\n').delimiter).toBe(',');
    expect(parse('a\tb,c\n1\t2\n').header).toEqual(['a', 'b,c']);
  });

  it('names the separator a line holds when it is not the first line’s', () => {
    expect(() => parse('a,b\n1;2\n')).toThrow(thrown(problem('csv-cell-separator', { line: 2, column: 1, text: '1;2', found: 'semicolon', separator: 'comma' })));
    expect(() => parse('value\n1;2;3\n')).toThrow(thrown(problem('csv-cell-separator', { line: 2, column: 1, text: '1;2;3', found: 'semicolon', separator: 'none' })));
    expect(() => parse('1;2\n3,4,5;6\n')).toThrow(thrown(problem('csv-cell-separator', { line: 2, column: 1, text: '3,4,5', found: 'comma', separator: 'semicolon' })));
    expect(() => parse('1,2\n3\t4,5\n')).toThrow(thrown(problem('csv-cell-separator', { line: 2, column: 1, text: '3\t4', found: 'tab', separator: 'comma' })));
    expect(() => parse('1,2\n3,x4\n')).toThrow(thrown(problem('csv-cell-not-number', { line: 2, column: 2, text: 'x4' })));
    // A decimal comma in a tab-separated file, or in one column, is not taken for a separator (nor read: 1,234 could be a thousand).
    expect(() => parse('1\t2\n3\t4,5\n')).toThrow(thrown(problem('csv-cell-not-number', { line: 2, column: 2, text: '4,5' })));
    expect(() => parse('value\n1,5\n')).toThrow(thrown(problem('csv-cell-not-number', { line: 2, column: 1, text: '1,5' })));
  });
});
