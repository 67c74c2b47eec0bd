import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { setLang } from '../../stores/settings-store';
import { defineSettings } from '../settings/settings-table';
import { createLessonRuns } from './lesson-runs';
import { openRunStore } from './run-store';
import type { RunsAdapter } from './runs-adapter';
import { createRunsCell } from './runs-cell';

const TABLE = defineSettings({ latent: { kind: 'int', stage: 'train', min: 1, max: 64, default: 8, label: { en: 'latent', ja: '潜在次元' } } });

interface S {
  params: { latent: number; file: string | null };
  result: { latent: number; weights: Float32Array[] } | null;
  training: { status: 'idle' | 'running' | 'done' | 'error' };
}

/** 2 Jan 2026, 12:00 UTC: the date of every kept run here. */
const TRAINED = Date.UTC(2026, 0, 2, 12, 0);
const RESTORED_EN = 'Restored run from 2 Jan 2026, 12:00: its settings and model are back, nothing was retrained.';
const RESTORED_JA = '2026/01/02 12:00 の実行を復元しました。設定とモデルが戻り、学習はしていません。';
const CSV_REFUSED_EN = 'This run was trained on your own CSV file, which is not kept: load the same file first.';
const CSV_REFUSED_JA = 'この実行は自分の CSV ファイルで学習したもので、そのファイルは保存されていません。先に同じファイルを読み込んでください。';

beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => setLang('en'));
});

let n = 0;

/** A lesson of two kept runs (latent 4, then latent 16 on a CSV file that is not loaded), with its Runs cell on screen. */
async function lesson() {
  vi.spyOn(Date, 'now').mockReturnValue(TRAINED);
  const store = createStore<S>(() => ({ params: { latent: 8, file: null }, result: null, training: { status: 'idle' } }));
  const reruns: Record<string, unknown>[] = [];
  const adapter: RunsAdapter<S> = {
    lessonId: 'demo',
    table: TABLE,
    values: (s) => s.params,
    result: (s) => s.result,
    busy: (s) => s.training.status === 'running',
    weights: (s) => s.result?.weights ?? null,
    ownMetrics: [],
    capture: (s) =>
      s.result && {
        settings: { ...s.params },
        seed: 3,
        backend: 'cpu',
        epochsRun: 1,
        secondsPerEpoch: 1,
        metrics: { auc: 0.9, ap: 0.5, bestF1: 0.5, own: {} },
        trainLoss: [1],
        valLoss: [],
        curves: { roc: { fpr: new Float32Array(2), tpr: new Float32Array(2) }, pr: { recall: new Float32Array(2), precision: new Float32Array(2) } },
        stop: null,
        scores: Float32Array.of(1, 2),
        labels: Uint8Array.of(0, 1),
        weights: s.result.weights,
      },
    reopen: async (values, weights) => store.setState({ params: values as S['params'], result: { latent: values.latent as number, weights } }),
    rerun: async (values) => void reruns.push(values),
    reopenProblem: (run, s) => (run.settings.file && run.settings.file !== s.params.file ? 'run-csv-data' : null),
    model: () => ({ architecture: 'demo', topology: {}, specs: null }),
    scoreRows: () => null,
  };
  const runs = createLessonRuns({ store, adapter, openStore: () => openRunStore({ name: `runs-cell-${++n}` }) });
  const train = (latent: number, file: string | null) => store.setState({ params: { latent, file }, result: { latent, weights: [Float32Array.of(latent)] }, training: { status: 'done' } });
  train(4, null);
  await runs.settled();
  train(16, 'mine.csv');
  await runs.settled();
  store.setState({ params: { latent: 8, file: null } });
  const [csvRun, plainRun] = runs.state.getState().runs;
  const RunsCell = createRunsCell(store, adapter, runs);
  render(<RunsCell />);
  await act(() => runs.actions.reopen(plainRun.id));
  return { store, runs, reruns, csvRun, plainRun };
}

const banner = () => screen.queryByTestId('runs-restored')?.textContent ?? null;
const notice = () => screen.queryByTestId('runs-notice')?.querySelector('span')?.textContent ?? null;

describe('RunsCell: the “Restored run” banner', () => {
  it('is replaced by a later refusal, which says why in English and Japanese; the model keeps its training date', async () => {
    const { runs, csvRun } = await lesson();
    expect(banner()).toBe(RESTORED_EN);
    act(() => setLang('ja'));
    expect(banner()).toBe(RESTORED_JA);
    await act(() => runs.actions.reopen(csvRun.id));
    expect(notice()).toBe(CSV_REFUSED_JA);
    expect(banner()).toBeNull();
    act(() => setLang('en'));
    expect(notice()).toBe(CSV_REFUSED_EN);
    expect(banner()).toBeNull();
    expect(runs.state.getState().reopenedDate).toBe(TRAINED);
  });

  it('goes when a re-run is refused, and when a re-run starts (the settings on screen are no longer the restored run’s)', async () => {
    const first = await lesson();
    await act(() => first.runs.actions.rerun(first.csvRun.id));
    expect(notice()).toBe(CSV_REFUSED_EN);
    expect(banner()).toBeNull();
    cleanup();
    const second = await lesson();
    expect(banner()).toBe(RESTORED_EN);
    await act(() => second.runs.actions.rerun(second.plainRun.id));
    expect(second.reruns).toEqual([{ latent: 4, file: null }]);
    expect(banner()).toBeNull();
    expect(notice()).toBeNull();
  });

  it('goes when training starts, and stays gone when that training is refused with an error', async () => {
    const { store } = await lesson();
    expect(banner()).toBe(RESTORED_EN);
    act(() => store.setState({ training: { status: 'running' } }));
    expect(banner()).toBeNull();
    act(() => store.setState({ training: { status: 'error' } }));
    expect(banner()).toBeNull();
  });
});
