import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scoresCsv } from '../../core/export/scores-csv';
import { fakeRunMeta } from '../../notebook/runs/fake-run-meta';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { setLang } from '../../stores/settings-store';
import { fakeSsimAe } from '../fake-results';
import { ssimAe } from './instance';
import { SETTINGS } from './params';
import { adapter, csvKindName, runs, RunsCell } from './runs';

const initial = ssimAe.store.getState();
afterEach(() => {
  cleanup();
  act(() => setLang('en'));
  act(() => runs.state.setState({ runs: [] }));
  ssimAe.store.setState(initial, true);
});

/** Two kept runs of both models: 3 epochs per model (6 in all) and 2 per model (4 in all). */
const RUNS = [3, 2].map((epochs, i) => fakeRunMeta('ssim-ae', { id: `r${i}`, seq: i + 1, settings: { ...defaultsOf(SETTINGS), epochs }, epochsRun: 2 * epochs }));

describe('the SSIM lesson’s runs table: whose numbers the columns are', () => {
  it('names the epochs setting per model and the run’s epochs as all models’, and says under the table whose AUC, AP, best F1 and curves they are, in both languages', () => {
    act(() => runs.state.setState({ status: 'ready', runs: RUNS }));
    render(<RunsCell />);
    const all = Array.from(screen.getByTestId('runs-table').querySelectorAll('thead th'), (th) => th.textContent);
    const columns = ['Epochs per model', 'epochs run (all models)'].map((h) => all.indexOf(h));
    expect(columns.every((c) => c > 0)).toBe(true);
    expect(all.filter((h) => h === 'epochs' || h === 'Epochs')).toEqual([]);
    expect(screen.getAllByTestId('run-row').map((row) => columns.map((c) => row.children[c].textContent))).toEqual([
      ['3', '6'],
      ['2', '4'],
    ]);
    expect(screen.getByTestId('runs-headline-note').textContent).toBe(
      'AUC, AP and best F1, and the ROC, PR and loss curves compared below, are the run’s first model’s (SSIM; L2 in an L2-only run), image level: one score per crop. Each model’s own figures are in the columns named after it.',
    );
    act(() => setLang('ja'));
    expect(columns.map((c) => screen.getByTestId('runs-table').querySelectorAll('thead th')[c].textContent)).toEqual(['モデルごとのエポック数', '学習したエポック（全モデルの合計）']);
    expect(screen.getByTestId('runs-headline-note').textContent).toBe(
      'AUC、AP、最良 F1 と、下で重ねて比べる ROC・PR・損失の曲線は、実行の最初のモデル（SSIM。L2 だけの実行では L2）のもので、画像単位（切り出し 1 枚に 1 つのスコア）です。各モデル自身の数値は、そのモデル名の付いた列にあります。',
    );
  });
});

describe('the SSIM lesson’s scores CSV', () => {
  it('names each defect kind as the page does in English, in either language, and keeps a folder’s own kinds', () => {
    expect(['scratch-dark', 'scratch-bright', 'scratch-paired', 'hole', 'stain', 'thread', 'contamination', 'fold', 'metal_contamination', 'constructor'].map(csvKindName)).toEqual([
      'dark scratch',
      'bright scratch',
      'groove',
      'hole',
      'stain',
      'thread',
      'contamination',
      'fold',
      'metal_contamination',
      'constructor',
    ]);
    const s = { ...ssimAe.store.getState(), ...fakeSsimAe(ssimAe.store.getState()) };
    act(() => setLang('ja'));
    const lines = scoresCsv(adapter.scoreRows(s)!).trim().split('\n');
    expect(lines[0]).toBe('id,label,score,prediction,kind,model');
    expect(lines.slice(1, 9).map((l) => l.split(',').slice(4).join(','))).toEqual([
      'good,ssim',
      'good,ssim',
      'good,ssim',
      'good,ssim',
      'dark scratch,ssim',
      'bright scratch,ssim',
      'groove,ssim',
      'hole,ssim',
    ]);
    expect(lines.every((l) => l.split(',').length === 6)).toBe(true);
  });
});
