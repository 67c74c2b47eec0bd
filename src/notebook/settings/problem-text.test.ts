import { describe, expect, it } from 'vitest';
import { RunFailure } from '../../worker/run-failure';
import { failure, problem } from './problem';
import { problemText, problemsText } from './problem-text';

describe('problemText', () => {
  it('words setting problems in both languages, with the range and its note', () => {
    const p = problem('range', { min: 0, max: 60000, note: { en: '(0 = all)', ja: '（0 = すべて）' } });
    expect(problemText(p, 'en')).toBe('Must be between 0–60,000 (0 = all).');
    expect(problemText(p, 'ja')).toBe('0–60,000（0 = すべて） の範囲で入力してください。');
  });

  it('inside a message’s own brackets, the note follows a separator instead of nesting brackets', () => {
    const values = { min: 0, max: 60000, note: { en: '(0 = all)', ja: '（0 = すべて）' } };
    expect(problemText(problem('not-int', values), 'en')).toBe('Must be a whole number (0–60,000; 0 = all).');
    expect(problemText(problem('not-int', values), 'ja')).toBe('整数を入力してください（0–60,000、0 = すべて）。');
    expect(problemText(problem('empty', values), 'en')).toBe('Enter a value (0–60,000; 0 = all).');
    expect(problemText(problem('not-number', { ...values, text: 'abc' }), 'ja')).toBe('「abc」は数値ではありません（0–60,000、0 = すべて）。');
    expect(problemText(problem('not-int', { min: 1, max: 1000 }), 'en')).toBe('Must be a whole number (1–1,000).');
  });

  it('words a worker failure from its code in the learner’s language', () => {
    const p = failure(new RunFailure('worker-hung'));
    expect(p.code).toBe('worker-hung');
    expect(problemText(p, 'ja')).toMatch(/^学習用のワーカーが応答しなくなったため/);
    expect(problemText(p, 'en')).toMatch(/^The training worker stopped responding/);
  });

  it('shows an unknown code with its values rather than dropping it, and joins several problems', () => {
    expect(problemText(problem('mystery', { a: 1 }), 'en')).toBe('mystery: 1');
    expect(problemsText({}, 'en')).toBeNull();
    expect(problemsText({ a: problem('no-normal'), b: problem('no-anomaly') }, 'ja')).toBe('正常クラスを 1 つ以上選んでください。 異常クラスを 1 つ以上選んでください。');
  });
});
