import { describe, expect, it } from 'vitest';
import { problem, ProblemError, type CoreProblem } from '../problem';
import { csvSizeProblem, parseSeriesCsv, type CsvLimits } from './csv-series';

/** The error a `problem` is thrown as (`toThrow` compares messages). */
const thrown = (p: CoreProblem) => new ProblemError(p);

const LIMITS: CsvLimits = { maxBytes: 10_000, maxSeries: 50, minSeries: 3 };
const rowsCsv = (n: number, L: number, sep = ','): string =>
  Array.from({ length: n }, (_, i) => Array.from({ length: L }, (_, j) => (i + j / 10).toFixed(1)).join(sep)).join('\n');

describe('parseSeriesCsv — one series per row', () => {
  it('reads rows of equal length, with a header, quotes, CRLF, blank lines and a trailing comma', () => {
    const text = 't0,t1,t2,t3\r\n1,2,3,4,\r\n\r\n"5",6,7,8,\r\n-1e1,.5,+2,0,\r\n';
    const s = parseSeriesCsv(text, { kind: 'rows' }, LIMITS);
    expect(s.L).toBe(4);
    expect(Array.from(s.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, -10, 0.5, 2, 0]);
    expect(Array.from(s.group)).toEqual([0, 0, 0]);
    expect(s.groupNames).toEqual(['unlabelled']);
    expect(s.notes[0]).toEqual(problem('csv-header-skipped', { names: 4 }));
  });

  it('accepts tab- and semicolon-separated files', () => {
    expect(parseSeriesCsv(rowsCsv(5, 6, '\t'), { kind: 'rows' }, LIMITS).x.length).toBe(30);
    expect(parseSeriesCsv(rowsCsv(5, 6, ';'), { kind: 'rows' }, LIMITS).L).toBe(6);
    expect(parseSeriesCsv(rowsCsv(5, 6, ';'), { kind: 'rows' }, LIMITS).notes).toEqual([]);
  });

  it('reads a semicolon file with decimal commas (a European Excel export) and notes it', () => {
    const s = parseSeriesCsv(`${rowsCsv(4, 5, ';').replaceAll('.', ',')}\n`, { kind: 'rows' }, LIMITS);
    expect(Array.from(s.x.subarray(5, 10))).toEqual([1, 1.1, 1.2, 1.3, 1.4].map(Math.fround));
    expect(s.notes).toEqual([problem('csv-decimal-comma', {})]);
  });

  it('reads a trailing separator on every line as no cell, and a missing last value as an empty cell', () => {
    expect(parseSeriesCsv(`${rowsCsv(4, 5).replaceAll('\n', ',\n')},\n`, { kind: 'rows' }, LIMITS).L).toBe(5);
    expect(() => parseSeriesCsv('1,2,3,4,\n5,6,7,8,\n1,2,3,\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-ragged', { line: 3, values: 3, firstLine: 1, length: 4 })));
    expect(() => parseSeriesCsv('1,2,3,4\n5,6,7,\n1,2,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-empty', { line: 2, column: 4 })));
  });

  it('names the line of a ragged row, a non-numeric cell, a gap and a missing value', () => {
    expect(() => parseSeriesCsv('1,2,3,4\n1,2,3,4\n1,2,3\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-ragged', { line: 3, values: 3, firstLine: 1, length: 4 })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,2,x7,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-not-number', { line: 2, column: 3, text: 'x7' })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-empty', { line: 2, column: 2 })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,NaN,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-missing', { line: 2, column: 2, text: 'NaN' })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,1e999,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-too-large', { line: 2, column: 2, text: '1e999' })));
  });

  it('refuses a binary file at its first non-text character, and values beyond float32', () => {
    const png = String.fromCharCode(0xfffd) + 'PNG\r\n\u001a\n\u0000\u0000';
    expect(() => parseSeriesCsv(png, { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-binary-file', { line: 1, column: 1 })));
    expect(() => parseSeriesCsv('1,2,3,4\r\n5,6\u00007,8\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-binary-file', { line: 2, column: 4 })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,1e300,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-too-large', { line: 2, column: 2, text: '1e300' })));
    expect(() => parseSeriesCsv('1,2,3,4\n1,-3.5e38,3,4\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-cell-too-large', { line: 2, column: 2, text: '-3.5e38' })));
    expect(parseSeriesCsv(`${rowsCsv(3, 4)}\n3.4e38,1e-50,0,1\n`, { kind: 'rows' }, LIMITS).x[13]).toBe(0);
  });

  it('says which cell made a first row that mixes numbers and text a header', () => {
    const s = parseSeriesCsv(`1,2.O,3,4\n${rowsCsv(3, 4)}`, { kind: 'rows' }, LIMITS);
    expect(s.x.length).toBe(12);
    expect(s.notes[0]).toEqual(problem('csv-header-assumed', { line: 1, column: 2, text: '2.O', names: 4 }));
    expect(parseSeriesCsv(`\ufeff1,2,3,4\n${rowsCsv(2, 4)}`, { kind: 'rows' }, LIMITS).notes).toEqual([]);
  });

  it('refuses too few rows, too many rows, too-short rows, empty and huge files', () => {
    expect(() => parseSeriesCsv(rowsCsv(2, 5), { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-too-few-series', { n: 2, min: 3 })));
    expect(() => parseSeriesCsv(rowsCsv(51, 5), { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-too-many-rows', { max: 50 })));
    expect(() => parseSeriesCsv('1\n2\n3\n4\n5\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-row-too-short', { line: 1, values: 1, min: 4 })));
    expect(() => parseSeriesCsv('\n\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('file-empty', {})));
    expect(() => parseSeriesCsv('a,b,c\n', { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('csv-header-only', {})));
    expect(() => parseSeriesCsv('1,'.repeat(6000), { kind: 'rows' }, LIMITS)).toThrow(thrown(problem('file-too-large', { megabytes: 0, limit: 0 })));
    expect(csvSizeProblem(60 * 1048576)).toEqual(problem('file-too-large', { megabytes: 60, limit: 50 }));
    expect(csvSizeProblem(1000)).toBeNull();
  });
});

describe('parseSeriesCsv — one long series in windows', () => {
  const column = Array.from({ length: 20 }, (_, i) => String(i)).join('\n');

  it('cuts a single column into windows of length L every stride steps', () => {
    const s = parseSeriesCsv(`value\n${column}`, { kind: 'windows', length: 8, stride: 4 }, LIMITS);
    expect(s.L).toBe(8);
    expect(s.x.length / 8).toBe(4);
    expect(Array.from(s.x.subarray(8, 16))).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(s.notes[1]).toEqual(problem('csv-windows-cut', { values: 20, windows: 4, length: 8, stride: 4 }));
  });

  it('reads a single row, or the chosen column of a table', () => {
    const row = Array.from({ length: 20 }, (_, i) => i).join(',');
    expect(parseSeriesCsv(row, { kind: 'windows', length: 5, stride: 5 }, LIMITS).x.length).toBe(20);
    const table = `time,temp\n${Array.from({ length: 12 }, (_, i) => `${i},${100 + i}`).join('\n')}`;
    const s = parseSeriesCsv(table, { kind: 'windows', length: 4, stride: 2, column: 1 }, LIMITS);
    expect(Array.from(s.x.subarray(0, 4))).toEqual([100, 101, 102, 103]);
    expect(s.notes).toContainEqual(problem('csv-column-used', { column: 2, name: 'temp', width: 2 }));
    expect(() => parseSeriesCsv(table, { kind: 'windows', length: 4, stride: 2, column: 2 }, LIMITS)).toThrow(thrown(problem('csv-no-column', { column: 3, width: 2 })));
  });

  it('refuses a window longer than the series, bad settings, too few and too many windows', () => {
    expect(() => parseSeriesCsv(column, { kind: 'windows', length: 30, stride: 1 }, LIMITS)).toThrow(thrown(problem('csv-shorter-than-window', { values: 20, length: 30 })));
    expect(() => parseSeriesCsv(column, { kind: 'windows', length: 8, stride: 0 }, LIMITS)).toThrow(thrown(problem('stride-invalid', { got: 0 })));
    expect(() => parseSeriesCsv(column, { kind: 'windows', length: 2, stride: 1 }, LIMITS)).toThrow(thrown(problem('window-length-range', { min: 4, max: 1000, got: 2 })));
    expect(() => parseSeriesCsv(column, { kind: 'windows', length: 8, stride: 10 }, LIMITS)).toThrow(thrown(problem('csv-too-few-series', { n: 2, min: 3 })));
    const long = Array.from({ length: 200 }, (_, i) => String(i)).join('\n');
    expect(() => parseSeriesCsv(long, { kind: 'windows', length: 4, stride: 1 }, LIMITS)).toThrow(thrown(problem('csv-too-many-windows', { windows: 197, max: 50, stride: 4 })));
  });
});
