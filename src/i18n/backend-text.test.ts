import { describe, expect, it } from 'vitest';
import type { BackendNote } from '../core/backend/backend-notes';
import { backendLabel, noteText } from './backend-text';

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

  it('words why a backend was skipped, and the measured speeds, fastest first', () => {
    expect(noteText({ kind: 'software', name: 'webgpu' })).toMatch(/software emulation/);
    expect(noteText({ kind: 'software', name: 'webgpu' }, 'ja')).toBe('WebGPU はここではソフトウェアでエミュレートされており（GPU なし）、WebAssembly より遅くなります。');
    const requested: BackendNote = { kind: 'unavailable', name: 'webgpu', requested: true, detail: 'no-adapter' };
    expect(noteText(requested)).toBe('WebGPU was requested but is unavailable: no GPU adapter was found.');
    expect(noteText(requested, 'ja')).toBe('WebGPU が指定されましたが使えません（GPU アダプターが見つかりません）。');
    // A browser's own message is shown as it is.
    expect(noteText({ kind: 'unavailable', name: 'webgl', requested: false, detail: 'GL_OUT_OF_MEMORY' }, 'ja')).toBe('WebGL は使えません（GL_OUT_OF_MEMORY）。');
    const measured: BackendNote = { kind: 'measured', measured: [{ name: 'webgl', secondsPerEpoch: 14.4, complete: false }, { name: 'wasm', secondsPerEpoch: 1.23 }] };
    expect(noteText(measured)).toBe('Measured on this device: WebAssembly 1.2 s/epoch, WebGL > 14 s/epoch.');
    expect(noteText({ kind: 'measured', measured: [{ name: 'wasm', secondsPerEpoch: 1.23 }, { name: 'cpu', secondsPerEpoch: 31 }] }, 'ja')).toBe(
      'この端末での実測：WebAssembly 1.2 秒/エポック、JavaScript のみ（cpu） 31 秒/エポック。',
    );
  });

  it('labels backends', () => {
    expect(backendLabel('wasm')).toBe('WebAssembly');
    expect(backendLabel('cpu', 'ja')).toBe('JavaScript のみ（cpu）');
  });
});
