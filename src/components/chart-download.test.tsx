import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_TEXT } from '../i18n/chart-text';
import { ChartDownload, chartFileName } from './chart-download';

afterEach(cleanup);

describe('chart downloads', () => {
  it('offers PNG and SVG, named for the chart in the learner’s language', () => {
    const onDownload = vi.fn();
    render(<ChartDownload label="ROC 曲線" text={CHART_TEXT.ja.chart} onDownload={onDownload} />);
    fireEvent.click(screen.getByRole('button', { name: '「ROC 曲線」を SVG でダウンロード' }));
    fireEvent.click(screen.getByTestId('chart-download-png'));
    expect(onDownload.mock.calls).toEqual([['svg'], ['png']]);
  });

  it('makes file names from any script, without punctuation', () => {
    expect(chartFileName('Precision–recall curve (AP)')).toBe('Precision-recall-curve-AP');
    expect(chartFileName('適合率–再現率曲線')).toBe('適合率-再現率曲線');
    expect(chartFileName('—')).toBe('chart');
  });
});
