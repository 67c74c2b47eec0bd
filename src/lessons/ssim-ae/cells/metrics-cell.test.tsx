import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import { fakeSsimAe } from '../../fake-results';
import { MetricsCell } from './metrics-cell';
import { freshStoreAfterEach } from './fresh-store';

const { store } = freshStoreAfterEach();

describe('the SSIM lesson’s metrics table on a phone', () => {
  it('is named by a caption above its scroll box (never cut off by it), in both languages, and keeps its row headers readable', () => {
    act(() => store.setState(fakeSsimAe(store.getState())));
    render(<MetricsCell />);
    const table = screen.getByTestId('kind-table');
    const caption = screen.getByTestId('kind-table-caption');
    expect(table.classList.contains('ssim-kind-table')).toBe(true);
    expect(table.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(caption.textContent).toBe('SSIM against L2, overall and per defect kind');
    expect(caption.closest('.al-scroll-area')).toBeNull();
    expect(table.closest('.al-scroll-area')).not.toBeNull();
    expect(table.querySelector('caption')).toBeNull();
    act(() => setLang('ja'));
    expect(caption.textContent).toBe('SSIM と L2 の比較：全体と欠陥の種類ごと');
    const css = readFileSync(resolve('src/lessons/ssim-ae/ssim-ae.css'), 'utf8');
    expect(css).toContain(".ssim-kind-table th[scope='row'] { min-width: 7em; }");
    expect(table.querySelectorAll("tbody th[scope='row']").length).toBe(5);
  });
});

describe('the SSIM lesson’s metrics table: crops per defect kind', () => {
  it('counts each kind’s crops (and all of them) with the normal crops its metrics also use, in both languages', () => {
    act(() => store.setState(fakeSsimAe(store.getState())));
    render(<MetricsCell />);
    const crops = () => ['all', 'scratch-dark', 'scratch-paired', 'hole'].map((k) => screen.getByTestId(`kind-crops-${k}`).textContent);
    expect(crops()).toEqual(['4 + 4 normal', '1 + 4 normal', '1 + 4 normal', '1 + 4 normal']);
    act(() => setLang('ja'));
    expect(crops()).toEqual(['4 + 正常 4', '1 + 正常 4', '1 + 正常 4', '1 + 正常 4']);
  });
});
