import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfflineDeps } from '../../data/offline-cache';
import { offlineManifestOf } from '../../data/offline-manifest';
import { englishIn, tablePhrases } from '../../i18n/english-phrases';
import { setLang } from '../../stores/settings-store';
import { OfflineButton } from './offline-button';
import { createOfflineController } from './offline-store';
import { OFFLINE_TEXT } from './offline-text';

const BASE = 'https://lab.test/';
const MANIFEST = offlineManifestOf([
  { path: '', bytes: 1_000_000 },
  { path: 'assets/a.js', bytes: 2_500_000 },
  { path: 'data/mnist/test-9.u8', bytes: 7_840_000 },
]);

function fakeDeps(opts: { failPath?: string; gate?: Promise<void> } = {}): OfflineDeps {
  const stores = new Map<string, Map<string, Response>>();
  const caches = {
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return { match: async (url: string) => store.get(url), put: async (url: string, r: Response) => void store.set(url, r) };
    },
  } as unknown as CacheStorage;
  return {
    baseUrl: BASE,
    secure: true,
    caches,
    parallel: 1,
    freeBytes: async () => null,
    fetch: async (url) => {
      const path = url.slice(BASE.length);
      if (path === 'offline-manifest.json') return Response.json(MANIFEST);
      if (path === 'data/mnist/test-9.u8') await opts.gate;
      if (path === opts.failPath) return new Response('', { status: 503, statusText: 'Service Unavailable' });
      return new Response(new Uint8Array(MANIFEST.files.find((f) => f.path === path)!.bytes));
    },
  };
}

const status = () => screen.getByTestId('offline-status');
const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

afterEach(cleanup);
beforeEach(() => setLang('en'));

describe('OfflineButton', () => {
  it('shows the total in its tooltip, the progress while saving, then says everything is stored', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const c = createOfflineController(() => fakeDeps({ gate }));
    render(<OfflineButton lessons={4} enabled controller={c} controlled={() => true} />);
    await settle();
    const button = screen.getByTestId('offline-button');
    expect(button.textContent).toBe('Make available offline');
    expect(button.getAttribute('title')).toContain('(11.3 MB)');
    expect(status().hidden).toBe(true);

    fireEvent.click(button);
    await settle();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(status().textContent).toBe('Saving for offline use: 3.5 of 11.3 MB (30 %)…');
    expect((status().querySelector('progress') as HTMLProgressElement).value).toBe(3_500_000);

    open();
    await settle();
    expect(status().dataset.state).toBe('done');
    expect(status().querySelector('p')?.textContent).toBe(
      'Available offline: all 4 lessons in English and Japanese, with MNIST, Fashion-MNIST and the texture photos (11.3 MB, 3 files). This browser now opens and trains them without a network.',
    );
    expect(button.textContent).toBe('Available offline');
    fireEvent.click(screen.getByText('Close'));
    expect(status().hidden).toBe(true);
  });

  it('says which file failed and how much is kept, in Japanese, and continues when pressed again', async () => {
    setLang('ja');
    let failPath: string | undefined = 'data/mnist/test-9.u8';
    const c = createOfflineController(() => fakeDeps({ failPath }));
    render(<OfflineButton lessons={4} enabled controller={c} controlled={() => false} />);
    fireEvent.click(screen.getByTestId('offline-button'));
    await settle();
    expect(status().dataset.state).toBe('failed');
    const text = status().querySelector('p')?.textContent ?? '';
    expect(text).toBe('data/mnist/test-9.u8 のダウンロードに失敗しました（HTTP 503 Service Unavailable）。11.3 MB のうち 3.5 MB は保存済みです。もう一度ボタンを押すと続きから保存します。');

    failPath = undefined;
    fireEvent.click(screen.getByTestId('offline-button'));
    await settle();
    expect(status().dataset.state).toBe('done');
    expect(status().textContent).toContain('ネットワークなしでも開けるよう、オンラインのうちにこのページを一度再読み込みしてください。');
    expect(englishIn(status().textContent ?? '', tablePhrases(OFFLINE_TEXT.en))).toEqual([]);
  });

  it('renders nothing outside a production build', () => {
    const { container } = render(<OfflineButton lessons={4} enabled={false} controller={createOfflineController(() => fakeDeps())} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('OFFLINE_TEXT', () => {
  it('has no English phrase in Japanese, whatever the failure', () => {
    const phrases = tablePhrases(OFFLINE_TEXT.en);
    const p = { doneBytes: 1, totalBytes: 2, doneFiles: 1, totalFiles: 2 };
    const failures = [
      { code: 'insecure' },
      { code: 'no-cache-storage' },
      { code: 'manifest-failed', detail: 'HTTP 404' },
      { code: 'quota', neededBytes: 1, freeBytes: 0 },
      { code: 'download-failed', path: 'assets/a.js', detail: 'HTTP 500' },
      { code: 'store-failed', path: '', detail: 'QuotaExceededError' },
    ] as const;
    const ja = OFFLINE_TEXT.ja;
    const texts = [ja.button, ja.stored, ja.hint(1e8), ja.saving(p), ja.done(p, 4), ja.reloadOnce, ...failures.map((f) => ja.failed(f, p))];
    expect(texts.flatMap((t) => englishIn(t, phrases))).toEqual([]);
    expect(failures.map((f) => OFFLINE_TEXT.en.failed(f, null).length > 20)).toEqual(failures.map(() => true));
  });
});
