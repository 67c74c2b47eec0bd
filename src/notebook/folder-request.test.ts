import { describe, expect, it } from 'vitest';
import { createFolderRequests, idleFolder, type FolderDecoded, type FolderState } from './folder-request';

function harness() {
  let state: FolderState<string> = idleFolder();
  const requests = createFolderRequests<number, string>((p) => (state = { ...state, ...p }));
  return { requests, state: () => state };
}

describe('folder requests', () => {
  it('returns the data of a good folder and the problems of a bad one', async () => {
    const h = harness();
    expect(await h.requests.open('good', async () => ({ ok: true, data: 7 }))).toEqual({ data: 7, id: 1 });
    expect(await h.requests.open('bad', async () => ({ ok: false, problems: ['a.png is broken'] }))).toBeNull();
    expect(h.state()).toMatchObject({ status: 'error', attempt: 'bad', problems: ['a.png is broken'] });
    expect(await h.requests.open('throws', async () => Promise.reject(new Error('disk')))).toBeNull();
    expect(h.state().error).toEqual({ code: 'failed', values: { text: 'disk' } });
  });

  it('lets the newest request win: an older one is aborted and dropped', async () => {
    const h = harness();
    let release: (v: FolderDecoded<number, string>) => void = () => undefined;
    let signal: AbortSignal | null = null;
    const first = h.requests.open('old', (o) => {
      signal = o.signal;
      return new Promise((ok) => (release = ok));
    });
    const second = h.requests.open('new', async () => ({ ok: false, problems: ['x'] }));
    expect(signal!.aborted).toBe(true);
    release({ ok: true, data: 1 });
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(h.state().attempt).toBe('new');
  });
});
