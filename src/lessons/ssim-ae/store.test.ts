import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { TrainStop } from '../../core/train/train-events';
import type { TrainingClient } from '../../worker/training-client';
import { createSsimAeStore } from './store';

/** A client whose jobs replay `script(call)`'s events, then resolve with a stand-in model result. */
function scriptedClient(script: (call: number) => JobEvent[]): Pick<TrainingClient, 'run'> {
  let call = 0;
  return {
    run: ((_job: string, _input: unknown, _backend: unknown, callbacks: { onEvent?: (e: JobEvent) => void }) => {
      const events = script(call++);
      const result = (async () => {
        for (const e of events) {
          await Promise.resolve();
          callbacks.onEvent?.(e);
        }
        return { epochsRun: 2, secondsPerEpoch: 1, backend: 'cpu', trainLoss: [0.5, 0.4], valLoss: [0.5, 0.4], test: {}, validation: {}, reconstructions: new Float32Array(0), weights: [] };
      })();
      return { runId: call, result, cancel: () => undefined };
    }) as unknown as TrainingClient['run'],
  };
}

const stop = (reason: TrainStop['reason'], epochsRun: number): TrainStop => ({ reason, epochsRun, heldEpoch: epochsRun, patience: 0, restoredBest: reason === 'completed' });

/** One model's events: `epochs` epochs of two batches at one second per batch, then its stop. */
function modelEvents(epochs: number, end: TrainStop): JobEvent[] {
  const out: JobEvent[] = [{ type: 'start', epochs: 2, batchesPerEpoch: 2, nTrain: 64, nVal: 8 }];
  for (let e = 1; e <= epochs; e++) {
    out.push({ type: 'batch', epoch: e, batch: 1, batchesPerEpoch: 2, elapsedSeconds: 2 * e - 1 }, { type: 'batch', epoch: e, batch: 2, batchesPerEpoch: 2, elapsedSeconds: 2 * e });
    out.push({ type: 'epoch', epoch: e, trainLoss: 1 / e, valLoss: 1 / e, improved: true, seconds: 2, elapsedSeconds: 2 * e });
  }
  out.push({ type: 'done', reason: end.reason, epochsRun: end.epochsRun, bestEpoch: end.heldEpoch, bestLoss: 0.5, secondsPerEpoch: 2, stop: end });
  return out;
}

function store(script: (call: number) => JobEvent[]) {
  let clock = 0;
  const s = createSsimAeStore({ fetchTexture: () => Promise.reject(new Error('no photos here')), client: scriptedClient(script), backendPreference: () => 'cpu', onBackendReport: () => undefined, now: () => (clock += 250) });
  s.actions.setParams({ texture: 'carpet', cropSize: '32', trainCount: 64, validationCount: 8, testCount: 12, epochs: 2, losses: 'both' });
  return s;
}

describe('SSIM-AE store: a run of two models', () => {
  it('counts both models’ epochs and time: the panel’s epoch and elapsed never go back when the L2 model starts', async () => {
    const s = store(() => modelEvents(2, stop('completed', 2)));
    const seen: { epoch: number; epochs: number; elapsed: number; loss: string | null }[] = [];
    s.store.subscribe((st) => st.training.status === 'running' && seen.push({ epoch: st.training.epoch, epochs: st.training.epochs, elapsed: st.training.elapsedSeconds, loss: st.training.loss }));
    await s.actions.train();
    const t = s.store.getState().training;
    expect(seen.every((x) => x.epochs === 4)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].epoch).toBeGreaterThanOrEqual(seen[i - 1].epoch);
      expect(seen[i].elapsed).toBeGreaterThanOrEqual(seen[i - 1].elapsed);
    }
    expect(seen.filter((x) => x.loss === 'l2').map((x) => x.epoch)).toContain(4);
    expect(t.status).toBe('done');
    expect(t.stop).toBeNull();
    expect(Object.keys(s.store.getState().result!.models)).toEqual(['ssim', 'l2']);
  });

  it('a stop before the L2 model’s first epoch keeps this run’s SSIM model and says nothing about "nothing trained"', async () => {
    const s = store((call) => (call === 0 ? modelEvents(2, stop('completed', 2)) : modelEvents(0, stop('aborted', 0))));
    await s.actions.train();
    const st = s.store.getState();
    expect(st.training.status).toBe('done');
    expect(st.training.stop).toBeNull();
    expect(st.training.losses).toEqual(['ssim', 'l2']);
    expect(Object.keys(st.result!.models)).toEqual(['ssim']);
  });
});

describe('SSIM-AE store: time around the epochs', () => {
  it('reports each model’s job time less its epochs, with the pixels it scored, for the estimate', async () => {
    let clock = 0;
    const inner = scriptedClient(() => modelEvents(2, stop('completed', 2)));
    const client: Pick<TrainingClient, 'run'> = {
      run: ((...args: Parameters<TrainingClient['run']>) => {
        clock += 5000;
        return inner.run(...args);
      }) as TrainingClient['run'],
    };
    const around: [string, number, number][] = [];
    const s = createSsimAeStore({ fetchTexture: () => Promise.reject(new Error('no photos here')), client, backendPreference: () => 'cpu', onBackendReport: () => undefined, now: () => clock, onAroundSpeed: (b, sec, px) => void around.push([b, sec, px]) });
    s.actions.setParams({ texture: 'carpet', cropSize: '32', trainCount: 64, validationCount: 8, testCount: 12, epochs: 2, losses: 'both' });
    await s.actions.train();
    // Each job took 5 s on the clock, 2 epochs of 1 s: 3 s around them; 8 + 12 crops of 32².
    expect(around).toEqual([
      ['cpu', 3, 20 * 32 * 32],
      ['cpu', 3, 20 * 32 * 32],
    ]);
  });
});
