/** Fakes shared by the TrainingClient tests: workers, Web Locks, and a client on fake timers. */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { FromWorker, ToWorker } from './protocol';
import { RunFailure, TrainingClient, type LocksLike, type WorkerLike } from './training-client';

/** A Worker stand-in that records what it is sent and lets a test emit its messages. */
export class FakeWorker implements WorkerLike {
  sent: { msg: ToWorker; transfer?: Transferable[] }[] = [];
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  terminated = false;
  postMessage(msg: ToWorker, transfer?: Transferable[]) {
    this.sent.push({ msg, transfer });
  }
  emit(msg: FromWorker) {
    this.onmessage?.({ data: msg } as MessageEvent<FromWorker>);
  }
  terminate() {
    this.terminated = true;
  }
  types() {
    return this.sent.map((s) => s.msg.type);
  }
}

/** Fake Web Locks: a request is granted when `free(name)` is called (the holder is gone). */
export class FakeLocks implements LocksLike {
  waiting = new Map<string, () => unknown>();
  request(name: string, callback: () => unknown) {
    this.waiting.set(name, callback);
    return Promise.resolve();
  }
  free(name: string) {
    const cb = this.waiting.get(name);
    this.waiting.delete(name);
    cb?.();
  }
}

const input = () =>
  ({
    split: { dim: 2, trainX: new Float32Array(4), valX: new Float32Array(2), testX: new Float32Array(2) },
    model: { inputSize: 2, hidden: [], latent: 1, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' },
    train: { epochs: 1, batchSize: 1, learningRate: 0.01, patience: 0, seed: 0 },
    initSeed: 0,
  }) as const;

export const batch = (b: number) => ({ type: 'batch', epoch: 1, batch: b, batchesPerEpoch: 9, elapsedSeconds: 0 }) as const;

/** A client on fake workers (a new one each time it asks), fake timers and fake locks. */
export function setup(opts: { hangTimeoutMs?: number; stallTimeoutMs?: number; startTimeoutMs?: number; now?: () => number } = {}) {
  const workers: FakeWorker[] = [];
  const locks = new FakeLocks();
  const client = new TrainingClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    {
      locks,
      now: opts.now ?? (() => Date.now()),
      hangTimeoutMs: opts.hangTimeoutMs ?? 10_000,
      stallTimeoutMs: opts.stallTimeoutMs ?? 5_000,
      startTimeoutMs: opts.startTimeoutMs ?? 20_000,
      stopTimeoutMs: 1500,
    },
  );
  const run = (events: unknown[] = []) => {
    const handle = client.run('dense-ae', structuredClone(input()) as never, 'wasm', { onEvent: (e) => events.push(e) });
    // Tests that do not look at a run's outcome must not leave an unhandled rejection behind.
    handle.result.catch(() => undefined);
    return handle;
  };
  return { client, workers, locks, run };
}

/** The code a run's promise has rejected with (it must have settled by now). */
export async function failureCode(p: Promise<unknown>): Promise<string> {
  let outcome: unknown = 'pending';
  p.then(
    () => (outcome = 'resolved'),
    (e: unknown) => (outcome = e),
  );
  for (let i = 0; i < 5; i++) await Promise.resolve();
  expect(outcome).toBeInstanceOf(RunFailure);
  return (outcome as RunFailure).code;
}

/** Every test of the calling file runs on Vitest's fake timers (real ones restored after each). */
export function useFakeTimersEach(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
