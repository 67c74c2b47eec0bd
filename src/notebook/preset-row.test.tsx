import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../stores/settings-store';
import { PresetRow } from './preset-row';

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('PresetRow', () => {
  it('labels presets in the current language and applies their settings', () => {
    const picked: unknown[] = [];
    const presets = [{ id: 'quick', label: { en: 'Quick', ja: 'お試し' }, params: { epochs: 3 } }];
    render(<PresetRow label="Presets" presets={presets} onPick={(p) => picked.push(p)} />);
    expect(screen.getByRole('group', { name: 'Presets' }).textContent).toBe('PresetsQuick');
    act(() => setLang('ja'));
    expect(screen.getByTestId('preset-quick').textContent).toBe('お試し');
    fireEvent.click(screen.getByTestId('preset-quick'));
    expect(picked).toEqual([{ epochs: 3 }]);
  });
});
