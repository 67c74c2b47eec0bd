import { describe, expect, it } from 'vitest';
import { backendLabel, noteText, type BackendNote } from './backend-notes';

describe('noteText', () => {
  it('words each kind of note in English and Japanese', () => {
    const cases: [BackendNote, string, string][] = [
      [{ kind: 'threads', threads: 2, why: 'cores' }, 'WebAssembly runs on 2 threads.', 'WebAssembly は 2 スレッドで動いています。'],
      [
        { kind: 'threads', threads: 1, why: 'not-isolated' },
        'WebAssembly runs on 1 thread (multi-threading needs a cross-origin isolated page).',
        'WebAssembly は 1 スレッドで動いています（マルチスレッドにはクロスオリジン分離されたページが必要です）。',
      ],
      [{ kind: 'threads', threads: 1, why: 'requested' }, 'WebAssembly runs on 1 thread, as requested.', 'WebAssembly は指定どおり 1 スレッドで動いています。'],
      [
        { kind: 'init-failed', name: 'webgl', detail: 'context creation failed' },
        'WebGL failed to initialise (context creation failed); trying the next backend.',
        'WebGL の初期化に失敗しました（context creation failed）。次のバックエンドを試します。',
      ],
      [
        { kind: 'device-lost', reason: 'destroyed', now: 'cpu' },
        'The GPU device was lost (destroyed); switched to plain JavaScript (cpu) and restarted training.',
        'GPU デバイスが失われました（destroyed）。JavaScript のみ（cpu） に切り替えて学習をやり直しました。',
      ],
    ];
    for (const [note, en, ja] of cases) {
      expect(noteText(note)).toBe(en);
      expect(noteText(note, 'ja')).toBe(ja);
    }
  });

  it('labels backends', () => {
    expect(backendLabel('wasm')).toBe('WebAssembly');
    expect(backendLabel('cpu', 'ja')).toBe('JavaScript のみ（cpu）');
  });
});
