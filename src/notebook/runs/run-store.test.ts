import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { unpackWeights } from '../../core/runs/weights-codec';
import type { CapturedRun } from './run-record';
import { openRunStore } from './run-store';

let dbCount = 0;
const freshName = () => `runs-test-${++dbCount}`;

function captured(latent: number, weightValues = 1000): CapturedRun {
  return {
    settings: { latent, loss: 'mse' },
    seed: 7,
    backend: 'wasm',
    epochsRun: 2,
    secondsPerEpoch: 1.5,
    metrics: { auc: 0.9, ap: 0.8, bestF1: 0.7, own: { aucOld: 0.5 } },
    trainLoss: [0.3, 0.2],
    valLoss: [0.35, 0.25],
    curves: { roc: { fpr: Float32Array.from([0, 1]), tpr: Float32Array.from([0, 1]) }, pr: { recall: Float32Array.from([1, 0]), precision: Float32Array.from([0.5, 1]) } },
    stop: null,
    scores: Float32Array.from([1, 2, 3]),
    labels: Uint8Array.from([0, 1, 1]),
    weights: [Float32Array.from({ length: weightValues }, (_, i) => i / 1000)],
  };
}

describe('run store', () => {
  it('keeps runs with their settings, seed, scores and weights, and they survive a reopen (reload)', async () => {
    const name = freshName();
    const store = await openRunStore({ name });
    const a = await store.save('dense-ae', captured(8), 'float32', 1000);
    const b = await store.save('dense-ae', captured(64), 'float16', 2000);
    await store.save('patch-vae', captured(2), null, 3000);
    expect(a.saved?.seq).toBe(1);
    expect(b.saved?.seq).toBe(2);
    expect(a.saved?.weightBytes).toBe(4000);
    expect(b.saved?.weightBytes).toBe(2000);
    expect(a.saved!.bytes).toBeGreaterThan(4000 + 12 + 3);
    store.close();

    const again = await openRunStore({ name });
    const list = await again.list('dense-ae');
    expect(list.map((r) => r.settings.latent)).toEqual([64, 8]);
    expect(list[1].seed).toBe(7);
    expect(list[1].curves.roc.tpr).toBeInstanceOf(Float32Array);
    const payload = await again.payload(list[1].id);
    expect(Array.from(payload!.scores)).toEqual([1, 2, 3]);
    expect(unpackWeights(payload!.weights!)[0][500]).toBeCloseTo(0.5, 6);
    expect((await again.list('patch-vae'))[0].weightPrecision).toBeNull();
    again.close();
  });

  it('renames, pins and deletes', async () => {
    const store = await openRunStore({ name: freshName() });
    const { saved } = await store.save('dense-ae', captured(8), 'float32');
    expect((await store.rename(saved!.id, '  latent 8 try  '))?.name).toBe('latent 8 try');
    expect((await store.rename(saved!.id, ''))?.name).toBeNull();
    expect((await store.pin(saved!.id, true))?.pinned).toBe(true);
    expect((await store.list('dense-ae'))[0].pinned).toBe(true);
    await store.remove(saved!.id);
    expect(await store.list('dense-ae')).toEqual([]);
    expect(await store.payload(saved!.id)).toBeNull();
    expect(await store.rename(saved!.id, 'x')).toBeNull();
    store.close();
  });

  it('evicts the oldest unpinned runs first when the budget is full, and says which', async () => {
    const probe = await openRunStore({ name: freshName() });
    const one = (await probe.save('dense-ae', captured(1), 'float32')).saved!.bytes;
    probe.close();
    const store = await openRunStore({ name: freshName(), budgetBytes: one * 3 + 100 });
    const r1 = (await store.save('dense-ae', captured(1), 'float32', 1)).saved!;
    const r2 = (await store.save('timeseries-ae', captured(2), 'float32', 2)).saved!;
    const r3 = (await store.save('dense-ae', captured(3), 'float32', 3)).saved!;
    await store.pin(r1.id, true);
    const r4 = await store.save('dense-ae', captured(4), 'float32', 4);
    expect(r4.saved).not.toBeNull();
    expect(r4.evicted.map((r) => r.id)).toEqual([r2.id]);
    const r5 = await store.save('dense-ae', captured(5), 'float32', 5);
    expect(r5.evicted.map((r) => r.id)).toEqual([r3.id]);
    expect((await store.list('dense-ae')).map((r) => r.settings.latent)).toEqual([5, 4, 1]);
    expect(await store.list('timeseries-ae')).toEqual([]);
    expect(await store.totalBytes()).toBeLessThanOrEqual(one * 3 + 100);
    store.close();
  });

  it('refuses, deleting nothing, when even without every unpinned run there is no room', async () => {
    const store = await openRunStore({ name: freshName(), budgetBytes: 20_000 });
    const small = (await store.save('dense-ae', captured(1, 10), 'float32', 1)).saved!;
    await store.pin(small.id, true);
    const other = (await store.save('dense-ae', captured(2, 10), 'float32', 2)).saved!;
    const big = await store.save('dense-ae', captured(3, 10_000), 'float32', 3);
    expect(big).toEqual({ saved: null, evicted: [], full: true });
    expect((await store.list('dense-ae')).map((r) => r.id)).toEqual([other.id, small.id]);
    store.close();
  });
});
