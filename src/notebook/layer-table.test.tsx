import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../core/model/dense-ae-architecture';
import { DenseLayerTable, LayerTable } from './layer-table';
import { NOTEBOOK_TEXT } from './notebook-text';

afterEach(cleanup);

const TEXT = { layer: 'layer', shape: 'shape', params: 'parameters', total: 'total', activation: 'activation', layerWords: NOTEBOOK_TEXT.en.layerWords };

describe('layer tables', () => {
  it('lists a dense autoencoder’s layers with in → out sizes and the seed-000 total', () => {
    render(<DenseLayerTable config={SEED000_CONFIG} text={TEXT} />);
    const table = screen.getByTestId('layer-table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['layer', 'shape', 'activation', 'parameters']);
    const first = [...table.querySelectorAll('tbody tr')][0];
    expect([...first.querySelectorAll('td')].map((td) => td.textContent)).toEqual([expect.any(String), '784 → 392', 'relu', '307,720']);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
    // 784·392+392 + 392·64+64 + 64·392+392 + 392·784+784
    expect(screen.getByTestId('param-count').textContent).toBe('666,464');
    expect(table.querySelector('tfoot td')?.getAttribute('colspan')).toBe('3');
  });

  it('names each layer’s part and role in the learner’s language', () => {
    const names = (lang: 'en' | 'ja') => {
      render(<DenseLayerTable config={SEED000_CONFIG} text={{ ...TEXT, layerWords: NOTEBOOK_TEXT[lang].layerWords }} />);
      const cells = [...screen.getByTestId('layer-table').querySelectorAll('tbody td:first-child')].map((td) => td.textContent);
      cleanup();
      return cells;
    };
    expect(names('en')).toEqual(['encoder · dense 1', 'encoder · latent', 'decoder · dense 1', 'decoder · output']);
    expect(names('ja')).toEqual(['エンコーダ · 全結合 1', 'エンコーダ · 潜在', 'デコーダ · 全結合 1', 'デコーダ · 出力']);
  });

  it('without an activation column sums the rows itself', () => {
    render(<LayerTable rows={[{ name: 'conv', shape: '4×4×16', params: 1200 }, { name: 'dense', shape: '2', params: 34 }]} text={TEXT} />);
    const table = screen.getByTestId('layer-table');
    expect(table.querySelectorAll('thead th')).toHaveLength(3);
    expect(table.querySelector('tbody td:nth-child(2)')?.textContent).toBe('4×4×16');
    expect(table.querySelector('tfoot td')?.getAttribute('colspan')).toBe('2');
    expect(screen.getByTestId('param-count').textContent).toBe('1,234');
  });
});
