import { describe, expect, it } from 'vitest';
import { parseSeriesCsv } from '../core/timeseries/csv-series';
import { parseCsvOffThread, type CsvWorkerLike } from './csv-client';
import type { CsvReply, CsvRequest } from './csv-worker';

/** A worker that answers like csv-worker.ts, asynchronously, and records whether it was terminated. */
function fakeWorker(crash = false) {
  const state = { terminated: false };
  const w: CsvWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      state.terminated = true;
    },
    postMessage(msg: CsvRequest) {
      setTimeout(() => {
        if (crash) return w.onerror?.({ message: 'out of memory' } as ErrorEvent);
        let reply: CsvReply;
        try {
          reply = { ok: true, series: parseSeriesCsv(msg.text, msg.layout) };
        } catch (e) {
          reply = { ok: false, message: (e as Error).message };
        }
        w.onmessage?.({ data: reply } as MessageEvent<CsvReply>);
      }, 0);
    },
  };
  return { w, state };
}

const csv = Array.from({ length: 12 }, (_, i) => [i, i + 1, i + 2, i + 3, i + 4].join(',')).join('\n');

describe('parseCsvOffThread', () => {
  it('resolves with the parsed series and frees the worker', async () => {
    const { w, state } = fakeWorker();
    const series = await parseCsvOffThread(csv, { kind: 'rows' }, () => w);
    expect(series.x.length).toBe(12 * 5);
    expect(state.terminated).toBe(true);
  });

  it("rejects with the parser's message, or says the reader stopped", async () => {
    const empty = fakeWorker();
    await expect(parseCsvOffThread('a,b\n', { kind: 'rows' }, () => empty.w)).rejects.toThrow(/./);
    expect(empty.state.terminated).toBe(true);
    const crashed = fakeWorker(true);
    await expect(parseCsvOffThread(csv, { kind: 'rows' }, () => crashed.w)).rejects.toThrow('The CSV reader stopped: out of memory.');
  });
});
