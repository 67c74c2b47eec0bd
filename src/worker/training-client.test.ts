import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from './protocol';
import { RunSuperseded, TrainingClient, type WorkerLike } from './training-client';

class FakeWorker implements WorkerLike {
  sent: { msg: ToWorker; transfer?: Transferable[] }[] = [];
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
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
}

const input = () => ({
  split: { dim: 2, trainX: new Float32Array(4), valX: new Float32Array(2), testX: new Float32Array(2) },
  model: { inputSize: 2, hidden: [], latent: 1, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' },
  train: { epochs: 1, batchSize: 1, learningRate: 0.01, patience: 0, seed: 0 },
  initSeed: 0,
}) as const;

describe('TrainingClient', () => {
  it('transfers input buffers, routes events of the newest run and drops stale ones', async () => {
    const fake = new FakeWorker();
    const client = new TrainingClient(() => fake);
    const events: unknown[] = [];
    const first = client.run('dense-ae', structuredClone(input()) as never, 'wasm', { onEvent: (e) => events.push(['first', e]) });
    const second = client.run('dense-ae', structuredClone(input()) as never, 'wasm', { onEvent: (e) => events.push(['second', e]) });
    await expect(first.result).rejects.toBeInstanceOf(RunSuperseded);
    expect(fake.sent[0].transfer).toHaveLength(3);
    fake.emit({ type: 'event', runId: first.runId, event: { type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 1, elapsedSeconds: 0 } });
    fake.emit({ type: 'event', runId: second.runId, event: { type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 2, elapsedSeconds: 0 } });
    expect(events).toHaveLength(1);
    expect((events[0] as unknown[])[0]).toBe('second');
    second.cancel();
    expect(fake.sent[2].msg).toEqual({ type: 'cancel', runId: second.runId });
    fake.emit({ type: 'error', runId: second.runId, message: 'boom' });
    await expect(second.result).rejects.toThrow('boom');
  });

  it('rejects the pending run when the worker itself fails', async () => {
    const fake = new FakeWorker();
    const client = new TrainingClient(() => fake);
    const run = client.run('dense-ae', structuredClone(input()) as never, 'cpu');
    fake.onerror?.({ message: 'syntax error' } as ErrorEvent);
    await expect(run.result).rejects.toThrow(/worker failed: syntax error/);
    expect(fake.terminated).toBe(true);
  });
});
