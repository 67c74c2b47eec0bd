import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EpochEstimate } from './epoch-estimate';

afterEach(cleanup);

describe('EpochEstimate', () => {
  it('states the total, the backend and the time per epoch', () => {
    render(<EpochEstimate secondsPerEpoch={2} epochs={30} basis="wasm" note={(s, e, be) => `${s} for ${e} epochs on ${be}`} epochWord="epoch" />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 1 min 0 s for 30 epochs on WebAssembly (2 s / epoch)');
  });
});
