import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { patchVae } from '../instance';
import { TrainCell } from './train-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** The learner walk's run: 5,000 patches (40 batches of 128) for 2 epochs, scored with stride 4 (6 × 6 windows per image). */
function walkSettings() {
  act(() => patchVae.actions.setParams({ patches: 5000, stride: 4, epochs: 2, batch: 128, patchSize: 8, normal: [1], anomaly: [9] }));
}

describe('the patch-VAE Train cell’s estimate', () => {
  it('before anything was measured: the epochs and the scoring that follows them (not just the epochs)', () => {
    walkSettings();
    render(<TrainCell />);
    // Epochs: 2 × 40 batches × 25 ms = 2 s. After them: 1 s + (2,000 test + 600 held-out images) × 36 windows × 60 µs = 6.6 s.
    expect(screen.getByText('estimated: ≈ 9 s')).toBeTruthy();
  });

  it('from this machine’s measurements: 2 epochs of 7 s and 10 s of scoring make ≈ 24 s', () => {
    localStorage.setItem('anomaly-lab:patch-vae-batch-seconds', JSON.stringify({ wasm: [[40, 7]] }));
    localStorage.setItem('anomaly-lab:patch-vae-scoring-seconds', JSON.stringify({ wasm: [[2600 * 36, 10]] }));
    walkSettings();
    render(<TrainCell />);
    expect(screen.getByText('estimated: ≈ 24 s')).toBeTruthy();
  });
});
