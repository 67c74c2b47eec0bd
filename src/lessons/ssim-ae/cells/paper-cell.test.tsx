import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import type { SsimAeState } from '../state';
import { PaperCell } from './paper-cell';
import { freshStoreAfterEach } from './fresh-store';

vi.mock('../use-inspection', () => ({ useInspection: () => ({ scored: {}, table: null }) }));

const { store, initial } = freshStoreAfterEach();

describe('the “Against the paper” cell', () => {
  it('names the texture of a texture run, and the learner’s folder of a folder run (en and ja)', () => {
    store.setState({ params: { ...initial.params, texture: 'carpet' }, result: { key: 'k', data: { source: 'texture' }, models: {} } } as unknown as Partial<SsimAeState>);
    render(<PaperCell />);
    expect(screen.getByTestId('paper-this-run').querySelector('th')?.textContent).toBe('this run: carpet (generated)');
    expect(screen.getByTestId('paper-table').querySelector('caption')?.textContent).toBe('Bergmann et al. on real MVTec AD textures, and this run on synthetic defects');
    act(() => store.setState({ result: { key: 'k', data: { source: 'mvtec' }, models: {} }, mvtec: { ...initial.mvtec, name: 'tiny' } } as unknown as Partial<SsimAeState>));
    expect(screen.getByTestId('paper-this-run').querySelector('th')?.textContent).toBe('this run: tiny (your folder)');
    expect(screen.getByTestId('paper-table').querySelector('caption')?.textContent).toBe('Bergmann et al. on real MVTec AD textures, and this run on your MVTec AD folder');
    act(() => setLang('ja'));
    expect(screen.getByTestId('paper-this-run').querySelector('th')?.textContent).toBe('この実行：tiny（自分のフォルダ）');
  });
});
