import { describe, expect, it, vi } from 'vitest';
import { COPY_CHUNK_BYTES } from './copy-input';
import { RunSuperseded } from './training-client';
import { batch, failureCode, setup, useFakeTimersEach } from './training-client-fakes';

useFakeTimersEach();

describe('TrainingClient: runs, supersede and Stop', () => {
  it('transfers input buffers, ends a superseded run before posting the next, and routes only the newest run’s events', async () => {
    const { workers, run } = setup();
    const events: unknown[] = [];
    const first = run(['first']);
    const second = run(events);
    const w = workers[0];
    await expect(first.result).rejects.toBeInstanceOf(RunSuperseded);
    expect(await failureCode(first.result)).toBe('superseded');
    await expect(first.result).rejects.toMatchObject({ by: 'dense-ae' });
    expect(w.sent[0].transfer).toHaveLength(3);
    // The second run waits until the first has ended in the worker.
    expect(w.sent.map((s) => s.msg)).toEqual([expect.objectContaining({ type: 'run', runId: first.runId }), { type: 'cancel', runId: first.runId, discard: true }]);
    w.emit({ type: 'event', runId: first.runId, event: batch(1) });
    w.emit({ type: 'discarded', runId: first.runId });
    expect(w.sent[2].msg).toMatchObject({ type: 'run', runId: second.runId });
    expect(w.sent[2].transfer).toHaveLength(3);
    w.emit({ type: 'event', runId: first.runId, event: batch(2) });
    w.emit({ type: 'event', runId: second.runId, event: batch(3) });
    expect(events).toEqual([batch(3)]);
    second.cancel();
    expect(w.sent[3].msg).toEqual({ type: 'cancel', runId: second.runId });
    w.emit({ type: 'error', runId: second.runId, message: 'boom' });
    await expect(second.result).rejects.toThrow('boom');
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it('transfers a copy: the caller’s arrays stay whole, so the same data can be posted again', () => {
    const { workers, client } = setup();
    const image = { width: 2, height: 2, data: new Float32Array([1, 2, 3, 4]) };
    client.run('ssim-ae', { source: { image } } as never, 'wasm');
    const sent = workers[0].sent[0];
    expect(sent.transfer).toHaveLength(1);
    if (!sent.transfer) throw new Error("no transfer list");
    expect(sent.transfer[0]).not.toBe(image.data.buffer);
    expect(Array.from(image.data)).toEqual([1, 2, 3, 4]);
  });

  it('copies a large input a few megabytes per task, posts its run when the copy is complete, and never posts one cancelled meanwhile', async () => {
    const { workers, client } = setup();
    const data = new Float32Array((COPY_CHUNK_BYTES / 4) * 3).fill(0.5);
    const a = client.run('ssim-ae', { source: { image: { width: 1, height: data.length, data } } } as never, 'wasm');
    expect(workers).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    workers[0].emit({ type: 'ready' });
    const sent = workers[0].sent[0];
    expect(sent.msg).toMatchObject({ type: 'run', runId: a.runId });
    expect(sent.transfer).toHaveLength(1);
    expect(sent.transfer?.[0]).not.toBe(data.buffer);
    expect(data[data.length - 1]).toBe(0.5);
    workers[0].emit({ type: 'result', runId: a.runId, result: { done: true } as never });
    await expect(a.result).resolves.toEqual({ done: true });
    const b = client.run('ssim-ae', { source: { image: { width: 1, height: data.length, data } } } as never, 'wasm');
    b.cancel();
    expect(await failureCode(b.result)).toBe('stopped-before-start');
    await vi.advanceTimersByTimeAsync(50);
    expect(workers[0].types()).toEqual(['run']);
  });

  it('Stop: a job that makes a step keeps running to its result; one that only sends heartbeats is ended after 1.5 s and replaced', async () => {
    const { workers, run } = setup();
    const a = run();
    const w = workers[0];
    w.emit({ type: 'ready' });
    w.emit({ type: 'backend', runId: a.runId, report: { backend: 'wasm', notes: [] } });
    a.cancel();
    expect(w.types()).toEqual(['run', 'cancel']);
    await vi.advanceTimersByTimeAsync(500);
    w.emit({ type: 'event', runId: a.runId, event: batch(2) });
    await vi.advanceTimersByTimeAsync(3000);
    w.emit({ type: 'result', runId: a.runId, result: { stopped: true } as never });
    await expect(a.result).resolves.toEqual({ stopped: true });
    expect(w.terminated).toBe(false);

    const events: unknown[] = [];
    const b = run(events);
    w.emit({ type: 'event', runId: b.runId, event: batch(4) });
    w.emit({ type: 'heartbeat', runId: b.runId, steps: 1 });
    b.cancel();
    let settled = false;
    b.result.catch(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1000);
    w.emit({ type: 'heartbeat', runId: b.runId, steps: 1 });
    await vi.advanceTimersByTimeAsync(400);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await failureCode(b.result)).toBe('worker-stop-timeout');
    expect(events).toEqual([batch(4)]);
    expect(w.terminated).toBe(true);
    run();
    expect(workers).toHaveLength(2);
    expect(workers[1].types()).toEqual(['run']);
  });

  it('Stop pressed again re-arms the deadline: a job that stepped after the first Stop but then went quiet is ended 1.5 s after the second', async () => {
    const { workers, run } = setup();
    const a = run();
    const w = workers[0];
    w.emit({ type: 'ready' });
    a.cancel();
    await vi.advanceTimersByTimeAsync(200);
    w.emit({ type: 'event', runId: a.runId, event: batch(1) });
    await vi.advanceTimersByTimeAsync(3000);
    expect(w.terminated).toBe(false);
    a.cancel();
    await vi.advanceTimersByTimeAsync(1600);
    expect(await failureCode(a.result)).toBe('worker-stop-timeout');
  });

  it('a new run waits at most 1.5 s for a superseded run that will not end: the stuck worker is replaced and the new run posted there', async () => {
    const { workers, run } = setup();
    const a = run();
    workers[0].emit({ type: 'ready' });
    const b = run();
    // Making steps is not enough: the superseded run must end before the next goes in.
    workers[0].emit({ type: 'event', runId: a.runId, event: batch(1) });
    await vi.advanceTimersByTimeAsync(1400);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].sent[0].msg).toMatchObject({ type: 'run', runId: b.runId });
    expect(workers[1].sent[0].transfer).toHaveLength(3);
    await expect(a.result).rejects.toBeInstanceOf(RunSuperseded);
  });

  it('Stop on a run that still waits for the worker ends it as stopped-before-start; a newer waiting run replaces an older one', async () => {
    const { workers, run } = setup();
    run();
    const b = run();
    const c = run();
    expect(await failureCode(b.result)).toBe('superseded');
    c.cancel();
    expect(await failureCode(c.result)).toBe('stopped-before-start');
    expect(workers[0].types()).toEqual(['run', 'cancel']);
  });
});
