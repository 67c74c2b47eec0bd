import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SCORE_FLOORS } from '../../../core/score/window-scores';
import { patchVae } from '../instance';
import { defaultsOf } from '../../../notebook/settings/settings-table';
import { SETTINGS } from '../params';
import type { PatchVaeResult } from '../state';
import { fakePatchResult } from '../fake-result';
import { ScoringCell } from './scoring-cell';
import { CompareCell } from './compare-cell';
import { ModelCell } from './model-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function fakeCanvas(): void {
  const ctx = {
    createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: () => undefined,
  };
  (vi.spyOn(HTMLCanvasElement.prototype, 'getContext') as unknown as { mockReturnValue(v: unknown): void }).mockReturnValue(ctx);
}

/** Four test images (2 normal, 2 anomalous) with 121 windows each; the new score at each floor is k·(floor index + 1). */
function fakeResult(): PatchVaeResult {
  const n = 4;
  const maps = (k: number) => Float32Array.from({ length: n * 121 }, (_, i) => (i % 121 === 60 ? k * (1 + Math.floor(i / 121)) : 0));
  const test = {
    grid: 11,
    oldMap: maps(1),
    old: Float32Array.of(1, 2, 3, 4),
    news: SCORE_FLOORS.map((floor, f) => ({ floor, map: maps(f + 1), image: Float32Array.of(1, 2, 3, 4).map((v) => v * (f + 1)) })),
    minSigma2: 2e-10,
  };
  return fakePatchResult(test, {
    details: [0, 2].map((index) => ({ index, mu: new Float32Array(784), sigma2: new Float32Array(784).fill(1e-8), oldPixel: new Float32Array(784), newPixel: new Float32Array(784) })),
    testX: new Float32Array(n * 784).fill(0.5),
    scoringSeconds: 1.25,
  });
}

describe('patch-VAE cells', () => {
  it('the Scoring cell reports the batched run and draws 8 images × 5 maps plus the false alarms', () => {
    fakeCanvas();
    patchVae.store.setState({ result: fakeResult() });
    const { container } = render(<ScoringCell />);
    expect(screen.getByTestId('scoring-summary').textContent).toContain('484 windows of 4 test images in 1.3 s on WebAssembly');
    expect(screen.getByTestId('min-sigma2').textContent).toBe('smallest σ² predicted on any test pixel: 2.0e-10');
    // 2 detail images × 5 rows, then the 2 normals with the highest new score × 3 rows
    expect(screen.getByTestId('heatmap-grid').querySelectorAll('canvas')).toHaveLength(10);
    expect(screen.getByTestId('false-alarm-grid').querySelectorAll('canvas')).toHaveLength(6);
    // captions: old score · new score at the default floor 0.01 (index 3 → ×4)
    expect(container.textContent).toContain('3.00 · 12.0');
    expect(container.textContent).toContain('Under each image: old score · new score (σ² ≥ 0.01)');
  });

  it('the Compare cell says when some σ² floors lie under the smallest σ² the model predicted (they change nothing)', () => {
    fakeCanvas();
    patchVae.store.setState({ result: fakeResult() });
    render(<CompareCell />);
    expect(screen.queryByTestId('floors-inert')).toBeNull();
    cleanup();
    const r = fakeResult();
    patchVae.store.setState({ result: { ...r, test: { ...r.test, minSigma2: 0.0123 } } });
    render(<CompareCell />);
    expect(screen.getByTestId('floors-inert').textContent).toBe(
      'This model predicted no σ² below 0.0123 on the test images, so a floor at or under that changes no score, and those choices give one AUC. A longer run shrinks σ² on the background.',
    );
  });

  it('the Model cell names each layer by its part and kind', () => {
    patchVae.store.setState({ params: defaultsOf(SETTINGS) });
    render(<ModelCell />);
    const names = [...screen.getByTestId('layer-table').querySelectorAll('tbody td:first-child')].map((td) => td.textContent);
    expect(names).toEqual([
      'encoder · conv 2×2/2 + BN + ReLU',
      'encoder · conv 2×2/2 + BN + ReLU',
      'encoder · dense → z_mean, z_log_var',
      'decoder · dense + BN + ReLU → reshape',
      'decoder · conv-transpose 2×2/2 + BN + ReLU',
      'decoder · conv-transpose 2×2/2 + BN + ReLU',
      'μ head · conv 4×4 + BN + sigmoid',
      'σ² head · conv 4×4 + BN + sigmoid',
    ]);
  });
});
