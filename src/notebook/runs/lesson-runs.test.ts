import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { defineSettings } from '../settings/settings-table';
import { createLessonRuns } from './lesson-runs';
import { openRunStore } from './run-store';
import type { RunsAdapter } from './runs-adapter';

const TABLE = defineSettings({ latent: { kind: 'int', stage: 'train', min: 1, max: 64, default: 8, label: { en: 'latent', ja: '潜在次元' } } });

interface S {
  params: { latent: number };
  result: { latent: number; weights: Float32Array[] } | null;
  running: boolean;
}

let n = 0;

function setup(reopen: RunsAdapter<S>['reopen'], openStore?: () => ReturnType<typeof openRunStore>, rerun: RunsAdapter<S>['rerun'] = async () => undefined) {
  const store = createStore<S>(() => ({ params: { latent: 8 }, result: null, running: false }));
  const adapter: RunsAdapter<S> = {
    lessonId: 'demo',
    table: TABLE,
    values: (s) => s.params,
    result: (s) => s.result,
    busy: (s) => s.running,
    weights: (s) => s.result?.weights ?? null,
    ownMetrics: [],
    capture: (s) =>
      s.result && {
        settings: { ...s.params },
        seed: 3,
        backend: 'cpu',
        epochsRun: 1,
        secondsPerEpoch: 1,
        metrics: { auc: s.result.latent / 100, ap: 0.5, bestF1: 0.5, own: {} },
        trainLoss: [1],
        valLoss: [],
        curves: { roc: { fpr: new Float32Array(2), tpr: new Float32Array(2) }, pr: { recall: new Float32Array(2), precision: new Float32Array(2) } },
        stop: null,
        scores: Float32Array.of(1, 2),
        labels: Uint8Array.of(0, 1),
        weights: s.result.weights,
      },
    reopen,
    rerun,
    model: () => ({ architecture: 'demo', topology: {}, specs: null }),
    scoreRows: () => null,
  };
  const name = `lesson-runs-${++n}`;
  const runs = createLessonRuns({ store, adapter, openStore: openStore ?? (() => openRunStore({ name })) });
  return { store, runs, name };
}

const train = (store: ReturnType<typeof setup>['store'], latent: number) => store.setState({ params: { latent }, result: { latent, weights: [Float32Array.of(latent, 0.5)] } });

describe('a lesson’s runs', () => {
  it('keeps each new result once, with its weights as chosen, and lists it newest first', async () => {
    const { store, runs } = setup(async () => undefined);
    train(store, 4);
    await runs.settled();
    runs.actions.setKeepWeights('off');
    train(store, 16);
    store.setState({ running: true });
    await runs.settled();
    const list = runs.state.getState().runs;
    expect(list.map((r) => [r.settings.latent, r.weightPrecision])).toEqual([
      [16, null],
      [4, 'float32'],
    ]);
    expect(runs.state.getState().reference).toBe(list[0].id);
    expect(runs.state.getState().totalBytes).toBe(list[0].bytes + list[1].bytes);
  });

  it('reopens a run with its settings and weights and keeps no new run for it', async () => {
    const seen: unknown[] = [];
    const { store, runs } = setup(async (values, weights, facts) => {
      seen.push(values, Array.from(weights[0]), facts.trainLoss);
      store.setState({ params: values as S['params'], result: { latent: values.latent as number, weights } });
    });
    train(store, 4);
    train(store, 16);
    await runs.settled();
    const first = runs.state.getState().runs[1];
    await runs.actions.reopen(first.id);
    await runs.settled();
    expect(seen).toEqual([{ latent: 4 }, [4, 0.5], [1]]);
    expect(store.getState().params.latent).toBe(4);
    expect(runs.state.getState().restored).toEqual({ kind: 'run', date: first.date });
    expect(runs.state.getState().runs).toHaveLength(2);
    train(store, 32);
    await runs.settled();
    expect(runs.state.getState().restored).toBeNull();
    expect(runs.state.getState().runs).toHaveLength(3);
  });

  it('re-runs a run with its settings (and so its seed and initial weights) in one call', async () => {
    const asked: Record<string, unknown>[] = [];
    const { store, runs } = setup(async () => undefined, undefined, async (values) => void asked.push(values));
    train(store, 4);
    train(store, 16);
    await runs.settled();
    await runs.actions.rerun(runs.state.getState().runs[1].id);
    expect(asked).toEqual([{ latent: 4 }]);
  });

  it('puts the state back and says why when a reopen fails, and refuses while training', async () => {
    const { store, runs } = setup(async () => {
      store.setState({ params: { latent: 99 }, result: null });
      throw new Error('problem:weights-mismatch {}');
    });
    train(store, 4);
    await runs.settled();
    const before = store.getState();
    await runs.actions.reopen(runs.state.getState().runs[0].id);
    expect(store.getState()).toBe(before);
    expect(runs.state.getState().notice).toEqual({ code: 'weights-mismatch', values: {} });
    expect(runs.state.getState().runs).toHaveLength(1);
    store.setState({ running: true });
    await runs.actions.reopen(runs.state.getState().runs[0].id);
    expect(runs.state.getState().notice?.code).toBe('runs-busy');
  });

  it('keeps runs for the visit only when storage cannot be opened, and says so', async () => {
    const { store, runs } = setup(async () => undefined, () => Promise.reject(new Error('no storage')));
    await runs.settled();
    expect(runs.state.getState().status).toBe('unavailable');
    train(store, 4);
    await runs.settled();
    expect(runs.state.getState().runs.map((r) => r.settings.latent)).toEqual([4]);
  });
});
