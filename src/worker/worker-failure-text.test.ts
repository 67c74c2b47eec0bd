import { describe, expect, it } from 'vitest';
import { RunFailure, RunSuperseded, workerReplaced, type RunFailureCode } from './run-failure';
import { workerFailureText } from './worker-failure-text';

const CODES: RunFailureCode[] = ['worker-start-failed', 'worker-died', 'worker-hung', 'worker-stop-timeout', 'worker-message-error', 'superseded', 'stopped-before-start'];

describe('workerFailureText', () => {
  it('words every code in English and in Japanese, each text distinct', () => {
    const en = CODES.map((c) => workerFailureText(c, 'en'));
    const ja = CODES.map((c) => workerFailureText(c, 'ja'));
    expect(new Set(en).size).toBe(CODES.length);
    expect(new Set(ja).size).toBe(CODES.length);
    for (const text of en) expect(text).toMatch(/^[A-Z][^\u3040-\u30ff]+\.$/);
    for (const text of ja) expect(text).toMatch(/[\u3040-\u30ff].*。$/);
    expect(workerFailureText('worker-died', 'en')).toBe('The training worker stopped unexpectedly, so this run ended. Earlier results are kept; you can train again.');
  });

  it('a RunFailure carries the code, the English text as its message, and the browser’s detail', () => {
    const e = new RunFailure('worker-hung', 'no heartbeat');
    expect(e.code).toBe('worker-hung');
    expect(e.detail).toBe('no heartbeat');
    expect(e.message).toBe(workerFailureText('worker-hung', 'en'));
    const s = new RunSuperseded();
    expect(s).toBeInstanceOf(RunFailure);
    expect(s.code).toBe('superseded');
    expect(CODES.filter(workerReplaced)).toEqual(['worker-start-failed', 'worker-died', 'worker-hung', 'worker-stop-timeout', 'worker-message-error']);
  });
});
