import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

type IdleCb = () => void;
let pending: Map<number, IdleCb>;
let options: { timeout?: number }[];

beforeEach(() => {
  vi.useFakeTimers();
  pending = new Map();
  options = [];
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (cb: IdleCb, o: { timeout?: number }) => {
    options.push(o);
    pending.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const idleNow = () => {
  for (const [id, cb] of [...pending]) {
    pending.delete(id);
    cb();
  }
};

describe('whenIdle', () => {
  it('waits for the delay, then for an idle period, and runs once', () => {
    const cb = vi.fn();
    whenIdle(cb, 1000, 3000);
    vi.advanceTimersByTime(999);
    expect(pending.size).toBe(0);
    vi.advanceTimersByTime(1);
    expect(pending.size).toBe(1);
    expect(options).toEqual([{ timeout: 3000 }]);
    expect(cb).not.toHaveBeenCalled();
    idleNow();
    idleNow();
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('cancelled before the delay, it never asks for idle time', () => {
    const cb = vi.fn();
    whenIdle(cb, 1000)();
    vi.advanceTimersByTime(5000);
    expect(pending.size).toBe(0);
    expect(cb).not.toHaveBeenCalled();
  });

  it('cancelled while waiting for idle time, it does not run', () => {
    const cb = vi.fn();
    const cancel = whenIdle(cb, 10);
    vi.advanceTimersByTime(10);
    expect(pending.size).toBe(1);
    cancel();
    idleNow();
    expect(cb).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const cb = vi.fn();
    const cancel = whenIdle(cb, 0);
    vi.advanceTimersByTime(10_000);
    expect(cb).not.toHaveBeenCalled();
    expect(cancel()).toBeUndefined();
  });
});
