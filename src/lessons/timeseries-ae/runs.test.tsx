import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { RunMeta } from '../../notebook/runs/run-record';
import { setLang } from '../../stores/settings-store';
import { fakeSeriesResult } from './fake-result';
import { timeseriesAe } from './instance';
import { adapter, runs, RunsCell } from './runs';

afterEach(() => {
  cleanup();
  setLang('en');
});

/** The state after a run on a CSV without labels: every series in the one group 'unlabelled'. */
function csvRunState() {
  const s = timeseriesAe.store.getState();
  const mse = Float32Array.from([0.1, 0.5, 0.2, 0.9, 0.3, 0.4]);
  const result = fakeSeriesResult(mse, new Uint8Array(mse.length), ['unlabelled'], 4);
  return { ...s, result, data: { ...s.data, source: 'csv' as const, set: result.set }, csv: { ...s.csv, fileName: 'mine.csv' } };
}

describe('a run on a CSV without labels', () => {
  it('keeps no label-based metric: AUC, AP and best F1 are NaN (the F1 search reported 0)', () => {
    const run = adapter.capture(csvRunState())!;
    expect(run.metrics.auc).toBeNaN();
    expect(run.metrics.ap).toBeNaN();
    expect(run.metrics.bestF1).toBeNaN();
    expect(Object.values(run.metrics.own)).toEqual([null, null, null, null, null, null]);
    expect(run.extra).toEqual({ source: 'csv', file: 'mine.csv' });
  });

  it('shows — for them in the runs table, in English and Japanese', () => {
    const { scores: _s, labels: _l, weights: _w, ...captured } = adapter.capture(csvRunState())!;
    const meta: RunMeta = { ...captured, id: 'r1', lessonId: 'timeseries-ae', seq: 1, name: null, pinned: false, date: Date.UTC(2026, 0, 2), weightPrecision: null, weightBytes: 0, bytes: 1000 };
    act(() => runs.state.setState({ status: 'ready', runs: [meta] }));
    const errors = vi.spyOn(console, 'error');
    for (const lang of ['en', 'ja'] as const) {
      act(() => setLang(lang));
      render(<RunsCell />);
      const auc = screen.getByTestId('run-auc');
      const ap = auc.nextElementSibling!;
      const f1 = ap.nextElementSibling!;
      expect([auc.textContent, ap.textContent, f1.textContent]).toEqual(['—', '—', '—']);
      expect(auc.getAttribute('data-auc')).toBe('NaN');
      cleanup();
    }
    // React warns of a NaN attribute value ("Received NaN for the `data-auc` attribute").
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    errors.mockRestore();
  });
});
