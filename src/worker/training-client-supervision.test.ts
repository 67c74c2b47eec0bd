import { describe, expect, it, vi } from 'vitest';
import { batch, failureCode, setup, useFakeTimersEach } from './training-client-fakes';

useFakeTimersEach();

/** Advances the fake clock by `ms` and checks that the run has not failed by then. */
async function expectNotFailedAfter(result: Promise<unknown>, ms: number): Promise<void> {
  let failed = false;
  result.catch(() => (failed = true));
  await vi.advanceTimersByTimeAsync(ms);
  expect(failed).toBe(false);
}

describe('TrainingClient: worker supervision', () => {
  it('fails the run as worker-start-failed when the worker errs before it ever answered, then starts the next run on a new worker', async () => {
    const { workers, run } = setup();
    const a = run();
    workers[0].onerror?.({ message: 'SyntaxError' } as ErrorEvent);
    expect(await failureCode(a.result)).toBe('worker-start-failed');
    await expect(a.result).rejects.toMatchObject({ detail: 'SyntaxError', message: 'The training worker could not start. Reload the page to try again.' });
    expect(workers[0].terminated).toBe(true);
    const b = run();
    expect(workers).toHaveLength(2);
    expect(workers[1].types()).toEqual(['run']);
    workers[1].emit({ type: 'result', runId: b.runId, result: { auc: 0.9 } as never });
    await expect(b.result).resolves.toEqual({ auc: 0.9 });
  });

  it('fails the run as worker-died when the worker’s life lock is freed (self.close(), a crash), but not when the client ended it itself', async () => {
    const { workers, locks, run, client } = setup();
    const events: unknown[] = [];
    const a = run(events);
    const w = workers[0];
    w.emit({ type: 'ready' });
    w.emit({ type: 'lock', name: 'life-1' });
    w.emit({ type: 'event', runId: a.runId, event: batch(1) });
    locks.free('life-1');
    expect(await failureCode(a.result)).toBe('worker-died');
    expect(events).toEqual([batch(1)]);
    expect(w.terminated).toBe(true);

    const b = run();
    workers[1].emit({ type: 'ready' });
    workers[1].emit({ type: 'lock', name: 'life-2' });
    client.dispose();
    locks.free('life-2');
    expect(await failureCode(b.result)).toBe('superseded');
    // A late message of a worker that was replaced changes nothing.
    workers[0].emit({ type: 'result', runId: a.runId, result: {} as never });
  });

  it('fails the run as worker-died on an error event after the worker was ready, and as worker-message-error on messageerror', async () => {
    const { workers, run } = setup();
    const a = run();
    workers[0].emit({ type: 'ready' });
    workers[0].onerror?.({ message: '' } as ErrorEvent);
    expect(await failureCode(a.result)).toBe('worker-died');
    const b = run();
    workers[1].emit({ type: 'ready' });
    workers[1].onmessageerror?.({} as MessageEvent);
    expect(await failureCode(b.result)).toBe('worker-message-error');
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('keeps a run whose heartbeats count new steps alive past every timeout, and fails a silent one as worker-hung', async () => {
    const { workers, run } = setup({ hangTimeoutMs: 10_000, stallTimeoutMs: 5_000 });
    const a = run();
    const w = workers[0];
    w.emit({ type: 'ready' });
    w.emit({ type: 'backend', runId: a.runId, report: { backend: 'wasm', notes: [] } });
    for (let s = 1; s <= 30; s++) {
      vi.advanceTimersByTime(1000);
      w.emit({ type: 'heartbeat', runId: a.runId, steps: s });
    }
    // Silence: the thread is blocked (a long step) or gone.
    await expectNotFailedAfter(a.result, 9000);
    expect(w.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await failureCode(a.result)).toBe('worker-hung');
    await expect(a.result).rejects.toMatchObject({ detail: 'silent' });
    expect(w.terminated).toBe(true);
    // The next run is never queued behind the hung one: it goes to a new worker at once.
    run();
    expect(workers[1].types()).toEqual(['run']);
  });

  it('on WebAssembly, fails a run whose heartbeats go on for 5 s without a job step (a stalled promise chain), but gives the backend start the hang timeout', async () => {
    const { workers, run } = setup({ hangTimeoutMs: 10_000, stallTimeoutMs: 5_000 });
    const a = run();
    const w = workers[0];
    w.emit({ type: 'ready' });
    // Starting the backend: no steps for 8 s is fine.
    for (let s = 0; s < 8; s++) {
      await vi.advanceTimersByTimeAsync(1000);
      w.emit({ type: 'heartbeat', runId: a.runId, steps: 0 });
    }
    w.emit({ type: 'backend', runId: a.runId, report: { backend: 'wasm', notes: [] } });
    w.emit({ type: 'event', runId: a.runId, event: batch(1) });
    w.emit({ type: 'heartbeat', runId: a.runId, steps: 1 });
    const beats = setInterval(() => w.emit({ type: 'heartbeat', runId: a.runId, steps: 1 }), 1000);
    await expectNotFailedAfter(a.result, 4500);
    await vi.advanceTimersByTimeAsync(2500);
    clearInterval(beats);
    await expect(a.result).rejects.toMatchObject({ detail: 'no progress' });
    expect(await failureCode(a.result)).toBe('worker-hung');
    expect(w.terminated).toBe(true);
  });

  it('fails a silent worker after the hang timeout even before its backend started', async () => {
    const { workers, run } = setup({ hangTimeoutMs: 10_000, stallTimeoutMs: 5_000 });
    const a = run();
    workers[0].emit({ type: 'ready' });
    await expectNotFailedAfter(a.result, 9000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await failureCode(a.result)).toBe('worker-hung');
    await expect(a.result).rejects.toMatchObject({ detail: 'silent' });
  });

  it('gives a worker that has not loaded yet the start timeout, then fails it as worker-start-failed', async () => {
    const { workers, run } = setup({ hangTimeoutMs: 10_000, startTimeoutMs: 20_000 });
    const a = run();
    await expectNotFailedAfter(a.result, 15_000);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(await failureCode(a.result)).toBe('worker-start-failed');
    expect(workers[0].terminated).toBe(true);
  });

  it('does not call a worker hung when its own watchdog ran late (a frozen page) and messages were queued behind it', async () => {
    let clock = 0;
    const { workers, run } = setup({ hangTimeoutMs: 10_000, now: () => clock });
    const a = run();
    workers[0].emit({ type: 'ready' });
    // The page sleeps 60 s; the watchdog then fires once before the queued heartbeats are handled.
    clock += 60_000;
    await vi.advanceTimersByTimeAsync(1000);
    workers[0].emit({ type: 'heartbeat', runId: a.runId, steps: 1 });
    expect(workers[0].terminated).toBe(false);
  });
});
