import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../stores/settings-store';
import { EpochEstimate } from './epoch-estimate';

afterEach(() => {
  cleanup();
  setLang('en');
});

describe('EpochEstimate', () => {
  it('states the total, the backend and the time per epoch, with the units of the page’s language', () => {
    setLang('en');
    render(<EpochEstimate secondsPerEpoch={2} epochs={30} basis="wasm" note={(s, e, be) => `${s} for ${e} epochs on ${be}`} epochWord="epoch" />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 1 min 0 s for 30 epochs on WebAssembly (2 s / epoch)');
    cleanup();
    act(() => setLang('ja'));
    render(<EpochEstimate secondsPerEpoch={2} epochs={30} basis="wasm" note={(s, e, be) => `${s}：${be} で ${e} エポック`} epochWord="エポック" />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 1 分 0 秒：WebAssembly で 30 エポック（1 エポックあたり 2 秒）');
    cleanup();
    act(() => setLang('en'));
    render(<EpochEstimate secondsPerEpoch={2} epochs={30} basis="wasm" note={(s, e, be) => `${s} for ${e} epochs on ${be}`} epochWord="epoch" extraSeconds={15} />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 1 min 15 s for 30 epochs on WebAssembly (2 s / epoch)');
  });

  it('gives an epoch under 10 s to a tenth of a second, so the total reads as about the epochs times it (en and ja)', () => {
    act(() => setLang('en'));
    render(<EpochEstimate secondsPerEpoch={0.42} epochs={3} basis="wasm" note={(s, e, be) => `${s} for ${e} epochs on ${be}`} epochWord="epoch" extraSeconds={2} />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 3 s for 3 epochs on WebAssembly (0.4 s / epoch)');
    cleanup();
    act(() => setLang('ja'));
    render(<EpochEstimate secondsPerEpoch={1.24} epochs={2} basis="wasm" note={(s, e, be) => `${s}：${be} で ${e} エポック`} epochWord="エポック" />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 2 秒：WebAssembly で 2 エポック（1 エポックあたり 1.2 秒）');
  });
});
