import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultsOf } from '../../notebook/settings/settings-table';
import type { Problem } from '../../notebook/settings/problem';
import { problemText } from '../../notebook/settings/problem-text';
import { setLang } from '../../stores/settings-store';
import { aeLayers } from './derived';
import { fakeFaceRun } from './fake-run';
import { store } from './instance';
import { SETTINGS } from './params';
import { adapter, runDataProblem, runs, RunsCell } from './runs';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../components/plotly-fake')).plotly }));

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('the runs table of this lesson', () => {
  it('says the AUC, AP and best-F1 columns are the autoencoder’s (en and ja)', async () => {
    const s = store.getState();
    store.setState({ ...fakeFaceRun(s), training: { ...s.training, status: 'done' } });
    await runs.settled();
    render(<RunsCell />);
    const headers = () => [...screen.getByTestId('runs-table').querySelectorAll('th')].map((th) => th.textContent);
    await waitFor(() => expect(headers()).toContain('AE image AUC'));
    expect(headers()).toEqual(expect.arrayContaining(['AE image AUC', 'AE image AP', 'AE best F1', 'PCA image AUC', 'AE pixel AUC']));
    expect(headers()).not.toContain('AUC');
    act(() => setLang('ja'));
    expect(headers()).toEqual(expect.arrayContaining(['AE の画像 AUC', 'AE の画像 AP', 'AE の最良 F1', 'PCA の画像 AUC']));
  });
});

describe('reopening a run', () => {
  it('describes the model’s weights, so a model file is checked before anything changes', () => {
    const p = { ...defaultsOf(SETTINGS), latent: 8, depth: 2, width: '0.25' as const };
    const specs = adapter.model(p).specs!;
    expect(specs).toHaveLength(2 * aeLayers(p).length);
    expect(specs[0]).toEqual({ name: 'layer_1/kernel', shape: [4, 4, 1, 8] });
  });

  it('keeps a folder run’s print and refuses it on other faces or none (en and ja)', () => {
    const s = store.getState();
    const done = { ...s, ...fakeFaceRun(s, false), training: { ...s.training, status: 'done' as const } };
    const mine = { ...done, folder: { ...s.folder, status: 'ready' as const, name: 'faces-noattrs' } };
    const run = adapter.capture(mine)!;
    expect(run.extra).toEqual({ source: 'folder', folder: 'faces-noattrs', images: 14, files: 'fake-files', splitSeed: 0, split: 'fake-split' });
    const meta = { ...run, id: 'r', lessonId: 'conv-ae-pca', seq: 1, name: null, pinned: false, date: 0, weightPrecision: null, weightBytes: 0, bytes: 0 };
    expect(adapter.reopenProblem!(meta, mine)).toBeNull();
    const faces = mine.data.faces!;
    const reseeded = { ...mine, data: { ...mine.data, faces: { ...faces, source: { kind: 'folder' as const, testNames: [], print: { images: 14, files: 'fake-files', seed: 3, split: 'other' } } } } };
    const p = adapter.reopenProblem!(meta, reseeded) as Problem;
    expect(problemText(p, 'en')).toBe('This run was trained on your folder faces-noattrs (14 images, split with seed 0); the same files are open now, but split with seed 3: set Random seed to 0, then open faces-noattrs again in “Bring your own faces”.');
    expect(problemText(adapter.reopenProblem!(meta, { ...mine, folder: s.folder }) as Problem, 'ja')).toBe(
      'この実行は自分のフォルダ faces-noattrs（画像 14 枚、シード 0 で分割）で学習したものですが、今はフォルダを開いていません。先に「自分の顔画像で試す」で faces-noattrs をもう一度開いてください。',
    );
    expect(runDataProblem({ extra: { source: 'builtin', folder: null } }, null)).toBeNull();
  });
});
