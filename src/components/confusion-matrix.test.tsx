import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ConfusionMatrix, confusionRows } from './confusion-matrix';
import { CHART_TEXT } from '../i18n/chart-text';

const T = CHART_TEXT.en.confusion;

afterEach(cleanup);

function cellTexts(): string[][] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

describe('ConfusionMatrix', () => {
  it('puts actual classes in rows, predicted in columns, anomaly as positive', () => {
    render(<ConfusionMatrix tp={90} fp={5} tn={95} fn={10} text={T} />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Predicted normal', 'Predicted anomaly']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Actual normal', 'Actual anomaly']);
    expect(cellTexts()).toEqual([
      ['9595.0%true negative', '55.0%false alarm'],
      ['1010.0%missed anomaly', '9090.0%caught anomaly'],
    ]);
  });

  it('shades each cell by its row fraction, correct vs error colour classes', () => {
    const { container } = render(<ConfusionMatrix tp={1} fp={0} tn={3} fn={3} text={T} />);
    const cells = Array.from(container.querySelectorAll<HTMLElement>('tbody td'));
    expect(cells.map((c) => c.style.getPropertyValue('--frac'))).toEqual(['1.0000', '0.0000', '0.7500', '0.2500']);
    expect(cells.map((c) => c.classList.contains('al-cm__cell--correct'))).toEqual([true, false, false, true]);
  });

  it('shows a dash for the percentage of an empty row', () => {
    const rows = confusionRows({ tp: 0, fp: 2, tn: 2, fn: 0, text: T });
    expect(rows[1][0].fraction).toBeUndefined();
    render(<ConfusionMatrix tp={0} fp={2} tn={2} fn={0} text={T} />);
    expect(cellTexts()[1]).toEqual(['0—missed anomaly', '0—caught anomaly']);
    expect(cellTexts()[0]).toEqual(['250.0%true negative', '250.0%false alarm']);
  });
});
