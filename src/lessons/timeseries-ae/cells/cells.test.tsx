import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { twoSidedCounts } from '../../../core/timeseries/two-sided';
import { setLang } from '../../../stores/settings-store';
import { fakeSeriesResult } from '../fake-result';
import { actions, timeseriesAe } from '../instance';
import type { TimeseriesResult } from '../state';
import { ByoCell } from './byo-cell';
import { DataCell } from './data-cell';
import { RegionTable } from './region-table';

afterEach(cleanup);

const NAMES = ['normal', 'low-noise', 'cos', 'spike', 'level-shift', 'frequency', 'dropout'];

const result = (): TimeseriesResult => fakeSeriesResult(Float32Array.from([1, 1.1, 0.9, 0.03, 13]), Uint8Array.from([0, 0, 0, 1, 2]), NAMES, 4);

describe('region table', () => {
  it('shows each region’s total and the true groups it holds, in English and Japanese', () => {
    setLang('en');
    const r = result();
    const counts = twoSidedCounts(r.mse, r.set.group, NAMES.length, 0.1, 10);
    const { rerender } = render(<RegionTable result={r} counts={counts} low={0.1} high={10} />);
    expect(screen.getByTestId('region-low-total').textContent).toBe('1');
    expect(screen.getByTestId('region-low-low-noise').textContent).toBe('1');
    expect(screen.getByTestId('region-middle-normal').textContent).toBe('3');
    expect(screen.getByTestId('region-high-cos').textContent).toBe('1');
    expect(screen.queryByTestId('region-high-spike')).toBeNull();
    expect(screen.getByTestId('region-table').textContent).toContain('too clean: sin, little noise');
    act(() => setLang('ja'));
    rerender(<RegionTable result={r} counts={counts} low={0.1} high={10} />);
    expect(screen.getByTestId('region-table').textContent).toContain('きれいすぎ');
    act(() => setLang('en'));
  });
});

describe('bring-your-own cell', () => {
  it('reads a picked file in the page: a ragged file gets its line, a good one becomes the data', async () => {
    render(<ByoCell />);
    const input = screen.getByTestId('csv-file');
    fireEvent.change(input, { target: { files: [new File(['1,2,3,4\n5,6,7\n'], 'ragged.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByTestId('csv-error').textContent).toBe('Line 2 has 3 values but line 1 has 4. Every row must be a series of the same length.'));
    fireEvent.click(screen.getByTestId('csv-layout-windows'));
    fireEvent.change(screen.getByTestId('csv-length'), { target: { value: '10' } });
    const column = Array.from({ length: 100 }, (_, i) => String(Math.sin(i / 5))).join('\n');
    fireEvent.change(input, { target: { files: [new File([column], 'sensor.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByTestId('csv-loaded').textContent).toMatch(/Loaded 10 series of length 10/));
    expect(timeseriesAe.store.getState().data.source).toBe('csv');
    expect(actions.problems().pool).toBeUndefined();
  });

  it('shows the generator fields that live inside the spec (series length) and sets them through it', () => {
    render(<DataCell />);
    const length = screen.getByTestId('param-length') as HTMLInputElement;
    expect(length.value).toBe(String(timeseriesAe.store.getState().params.spec.length));
    fireEvent.change(length, { target: { value: '64' } });
    expect(timeseriesAe.store.getState().params.spec.length).toBe(64);
    expect((screen.getByTestId('param-length') as HTMLInputElement).value).toBe('64');
    act(() => actions.setParams({ spec: { ...timeseriesAe.store.getState().params.spec, length: 100 } }));
  });
});
