/// <reference lib="webworker" />
/**
 * Parses a learner's CSV off the main thread: a 50 MB file takes seconds to
 * parse, which in the page would freeze it. One request per worker.
 */
import { parseSeriesCsv, type CsvLayout, type CsvSeries } from '../core/timeseries/csv-series';
import { transferables } from './protocol';

/** Main thread → CSV worker. */
export interface CsvRequest {
  text: string;
  layout: CsvLayout;
}

/** CSV worker → main thread. */
export type CsvReply = { ok: true; series: CsvSeries } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<CsvRequest>) => {
  let reply: CsvReply;
  try {
    reply = { ok: true, series: parseSeriesCsv(e.data.text, e.data.layout) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply, transferables(reply));
};
