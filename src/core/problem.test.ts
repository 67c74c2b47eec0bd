import { describe, expect, it } from 'vitest';
import { fail, problem, problemOf, ProblemError } from './problem';

describe('core problems', () => {
  it('carry a code and values, also through an error message (the worker boundary)', () => {
    const p = problem('csv-ragged', { line: 3, values: 2, firstLine: 1, length: 4 });
    const e = new ProblemError(p);
    expect(e.message).toBe('problem:csv-ragged {"line":3,"values":2,"firstLine":1,"length":4}');
    expect(problemOf(e)).toBe(p);
    expect(problemOf(new Error(e.message))).toEqual(p);
    expect(problemOf(e.message)).toEqual(p);
    expect(() => fail('file-empty', {})).toThrow(new ProblemError(problem('file-empty', {})));
  });

  it('leaves other errors alone', () => {
    expect(problemOf(new Error('GL_OUT_OF_MEMORY'))).toBeNull();
    expect(problemOf(new Error('problem:broken {not json'))).toBeNull();
    expect(problemOf(42)).toBeNull();
  });
});
