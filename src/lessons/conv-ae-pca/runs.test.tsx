import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { problemText } from '../../notebook/settings/problem-text';
import { setLang } from '../../stores/settings-store';
import { aeLayers } from './derived';
import { fakeFaceRun } from './fake-run';
import { store } from './instance';
import { SETTINGS } from './params';
import { adapter, runDataProblem, runs, RunsCell } from './runs';

vi.mock('plotly.js-cartesian-dist-min', async () => ({ default: (await import('../../components/plotly-fake')).plotly }));

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

  it('needs the run’s data: the same folder for a folder run, no folder for a built-in run', () => {
    const folderRun = { extra: { source: 'folder', folder: 'faces-noattrs' } };
    const builtinRun = { extra: { source: 'builtin', folder: null } };
    expect(runDataProblem(folderRun, 'faces-noattrs')).toBeNull();
    expect(runDataProblem(builtinRun, null)).toBeNull();
    const other = runDataProblem(folderRun, null)!;
    expect(problemText(other, 'en')).toBe('This run was trained on your folder faces-noattrs, which is not kept: open the same folder in “Bring your own faces” first.');
    expect(problemText(other, 'ja')).toBe('この実行は自分のフォルダ faces-noattrs で学習したもので、そのフォルダは保存されていません。先に「自分の顔画像で試す」で同じフォルダを開いてください。');
    expect(problemText(runDataProblem(builtinRun, 'mine')!, 'en')).toBe('This run was trained on the built-in faces: press “Back to the built-in faces” in “Bring your own faces” first.');
  });
});
