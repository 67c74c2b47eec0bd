import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../core/pipeline/job-events';
import type { BackendReport, FromWorker } from './protocol';
import { runJob, type RunJobDeps } from './run-job';
import { noteText } from '../i18n/backend-text';

/** Deps on a working wasm backend, posting into `posted`; `over` sets the job and any other dep. */
function wasmDeps(over: Partial<RunJobDeps> & Pick<RunJobDeps, 'job'>): { deps: RunJobDeps; posted: FromWorker[] } {
  const posted: FromWorker[] = [];
  const deps: RunJobDeps = { ensureBackend: async () => ({ backend: 'wasm', notes: [] }), onDeviceLost: () => undefined, post: (m) => posted.push(m), ...over };
  return { deps, posted };
}

function fakeDeps(opts: { loseDeviceOnFirstRun?: boolean; failInit?: boolean }) {
  const posted: FromWorker[] = [];
  let lostHandler: ((r: string) => void) | null = null;
  let broken = false;
  let runs = 0;
  const deps: RunJobDeps = {
    ensureBackend: async (): Promise<BackendReport> => {
      if (opts.failInit) throw new Error('No backend could be initialised.');
      return broken ? { backend: 'wasm', notes: [{ kind: 'unavailable', name: 'webgpu', requested: false, detail: 'device-lost-earlier' }] } : { backend: 'webgpu', notes: [] };
    },
    onDeviceLost: (h) => {
      lostHandler = h;
    },
    job: async function* (): AsyncGenerator<JobEvent, unknown> {
      runs += 1;
      yield { type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 2, elapsedSeconds: 0 };
      if (opts.loseDeviceOnFirstRun && runs === 1) {
        broken = true;
        lostHandler?.('device destroyed');
        throw new Error('GPU buffer is invalid');
      }
      yield { type: 'batch', epoch: 1, batch: 2, batchesPerEpoch: 2, elapsedSeconds: 0 };
      return { auc: 0.99 };
    },
    post: (m) => posted.push(m),
  };
  return { deps, posted, runs: () => runs };
}

describe('runJob', () => {
  it('posts the backend report, every event and the result of a normal run', async () => {
    const { deps, posted } = fakeDeps({});
    await runJob(7, {}, 'auto', new AbortController().signal, deps);
    expect(posted.map((m) => m.type)).toEqual(['backend', 'event', 'event', 'result']);
    expect(posted.every((m) => 'runId' in m && m.runId === 7)).toBe(true);
  });

  it('restarts once on the next backend when the GPU device is lost, and says so', async () => {
    const { deps, posted, runs } = fakeDeps({ loseDeviceOnFirstRun: true });
    await runJob(1, {}, 'webgpu', new AbortController().signal, deps);
    expect(runs()).toBe(2);
    const reports = posted.filter((m): m is Extract<FromWorker, { type: 'backend' }> => m.type === 'backend');
    expect(reports.map((r) => r.report.backend)).toEqual(['webgpu', 'wasm']);
    expect(reports[1].report.notes[0]).toEqual({ kind: 'device-lost', reason: 'device destroyed', now: 'wasm' });
    expect(noteText(reports[1].report.notes[0])).toBe('The GPU device was lost (device destroyed); switched to WebAssembly and restarted training.');
    expect(posted[posted.length - 1]).toEqual({ type: 'result', runId: 1, result: { auc: 0.99 } });
    expect(posted.some((m) => m.type === 'error')).toBe(false);
  });

  it('thins batch events to one per 100 ms, keeping every epoch event and each epoch’s last batch', async () => {
    let t = 0;
    const { deps, posted } = wasmDeps({
      now: () => t,
      job: async function* (): AsyncGenerator<JobEvent, unknown> {
        for (let b = 1; b <= 10; b++) {
          t += 30;
          yield { type: 'batch', epoch: 1, batch: b, batchesPerEpoch: 10, elapsedSeconds: t / 1000 };
        }
        yield { type: 'epoch', epoch: 1, trainLoss: 1, valLoss: NaN, improved: true, seconds: 0.3, elapsedSeconds: 0.3 };
        return null;
      },
    });
    await runJob(3, {}, 'auto', new AbortController().signal, deps);
    const events = posted.flatMap((m) => (m.type === 'event' ? [m.event] : []));
    // batches at 30, 60, …, 300 ms: posted at 30, 150 (≥ 100 ms later), 270, and the last one (300).
    expect(events.map((e) => (e.type === 'batch' ? e.batch : e.type))).toEqual([1, 5, 9, 10, 'epoch']);
  });

  it('posts a heartbeat with the job’s step count every second from start to end, and stops it when the job ends', async () => {
    const beats: (() => void)[] = [];
    let stopped = 0;
    const { deps, posted } = wasmDeps({
      every: (ms, fn) => {
        expect(ms).toBe(1000);
        beats.push(fn);
        return () => (stopped += 1);
      },
      job: async function* (): AsyncGenerator<JobEvent, unknown> {
        beats[0]();
        yield { type: 'eval', phase: 'scoring', done: 0, total: 2 };
        beats[0]();
        return 'r';
      },
    });
    await runJob(4, {}, 'wasm', new AbortController().signal, deps);
    expect(posted.map((m) => (m.type === 'heartbeat' ? `heartbeat ${m.steps}` : m.type))).toEqual(['backend', 'heartbeat 0', 'event', 'heartbeat 1', 'result']);
    expect(beats).toHaveLength(1);
    expect(stopped).toBe(1);
  });

  it('lets the event loop turn after an event once 100 ms have passed since the last turn', async () => {
    let t = 0;
    let turns = 0;
    const { deps } = wasmDeps({
      now: () => t,
      turn: async () => {
        turns += 1;
      },
      job: async function* (): AsyncGenerator<JobEvent, unknown> {
        // 10 scoring chunks of 40 ms each: turns after the chunks ending at 120, 240 and 360 ms.
        for (let i = 1; i <= 10; i++) {
          t += 40;
          yield { type: 'eval', phase: 'scoring', done: i, total: 10 };
        }
        return null;
      },
    });
    await runJob(5, {}, 'wasm', new AbortController().signal, deps);
    expect(turns).toBe(3);
  });

  it('ends a discarded job at its next event, runs its cleanup, and answers "discarded" instead of a result', async () => {
    let discard = false;
    let cleaned = false;
    let reached = 0;
    const { deps, posted } = wasmDeps({
      discarded: () => discard,
      job: async function* (): AsyncGenerator<JobEvent, unknown> {
        try {
          for (let b = 1; b <= 5; b++) {
            reached = b;
            if (b === 2) discard = true;
            yield { type: 'batch', epoch: 1, batch: b, batchesPerEpoch: 5, elapsedSeconds: 0 };
          }
          return { auc: 1 };
        } finally {
          cleaned = true;
        }
      },
    });
    await runJob(6, {}, 'wasm', new AbortController().signal, deps);
    expect(reached).toBe(2);
    expect(cleaned).toBe(true);
    expect(posted.at(-1)).toEqual({ type: 'discarded', runId: 6 });
    expect(posted.some((m) => m.type === 'result')).toBe(false);
  });

  it('reports an error when no backend can start', async () => {
    const { deps, posted } = fakeDeps({ failInit: true });
    await runJob(2, {}, 'auto', new AbortController().signal, deps);
    expect(posted).toEqual([{ type: 'error', runId: 2, message: 'No backend could be initialised.' }]);
  });
});
