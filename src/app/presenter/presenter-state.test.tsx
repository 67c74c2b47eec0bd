import { describe, expect, it } from 'vitest';
import { presenterView, PRESENTER_OFF, readPresenter, stepCell } from './presenter-state';

describe('presenter state in the address', () => {
  it('reads and writes present, cell, pair and text', () => {
    expect(readPresenter('')).toEqual(PRESENTER_OFF);
    expect(readPresenter('cell=train')).toEqual(PRESENTER_OFF);
    const s = readPresenter('present=1&cell=train&pair=roc&text=0');
    expect(s).toEqual({ on: true, cell: 'train', pair: 'roc', text: false });
    expect(presenterView(s)).toBe('present=1&cell=train&pair=roc&text=0');
    expect(presenterView({ on: true, cell: null, pair: null, text: true })).toBe('present=1');
    expect(presenterView(PRESENTER_OFF)).toBe('');
  });

  it('steps through cells and stops at both ends', () => {
    const ids = ['data', 'model', 'train'];
    expect(stepCell(ids, null, 1)).toBe('model');
    expect(stepCell(ids, 'model', 1)).toBe('train');
    expect(stepCell(ids, 'train', 1)).toBe('train');
    expect(stepCell(ids, 'data', -1)).toBe('data');
    expect(stepCell(ids, 'nope', 1)).toBe('model');
    expect(stepCell([], 'x', 1)).toBeNull();
  });
});
