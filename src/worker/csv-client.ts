import { parseSeriesCsv, type CsvLayout, type CsvSeries } from '../core/timeseries/csv-series';
import type { CsvReply, CsvRequest } from './csv-worker';

/** The part of a Worker this client uses (a fake in tests). */
export interface CsvWorkerLike {
  postMessage(msg: CsvRequest): void;
  onmessage: ((e: MessageEvent<CsvReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

function browserWorker(): CsvWorkerLike {
  return new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' }) as unknown as CsvWorkerLike;
}

/**
 * Parses a CSV in a short-lived module worker (`parseSeriesCsv` there), so the
 * page stays responsive; rejects with the parser's message for the learner.
 * Where there are no workers (jsdom) it parses in place.
 */
export function parseCsvOffThread(text: string, layout: CsvLayout, makeWorker?: () => CsvWorkerLike): Promise<CsvSeries> {
  if (!makeWorker && typeof Worker === 'undefined') return new Promise((resolve) => resolve(parseSeriesCsv(text, layout)));
  return new Promise((resolve, reject) => {
    const worker = (makeWorker ?? browserWorker)();
    worker.onmessage = (e) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.series);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The CSV reader stopped: ${e.message || 'unknown error'}.`));
    };
    worker.postMessage({ text, layout });
  });
}
