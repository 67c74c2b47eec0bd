import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { overlayLossFigure } from '../../../components/figures/overlay';
import { CHART_TEXT } from '../../../i18n/chart-text';
import { RUNS_TEXT } from '../../../notebook/runs/runs-text';
import { setLang } from '../../../stores/settings-store';
import { fakeFaceRun } from '../fake-run';
import { store } from '../instance';
import { adapter } from '../runs';
import { en } from '../text-en';
import { ja } from '../text-ja';
import { CompareCell } from './compare-cell';
import { PcaCell } from './pca-cell';
import { TrainedModel } from './train-extras';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

const initial = store.getState();

function fakeCanvas(): void {
  const ctx = {
    createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: () => undefined,
    drawImage: () => undefined,
    clearRect: () => undefined,
    fillRect: () => undefined,
    strokeRect: () => undefined,
  };
  (vi.spyOn(HTMLCanvasElement.prototype, 'getContext') as unknown as { mockReturnValue(v: unknown): void }).mockReturnValue(ctx);
}

/** The page after a full run on a folder without an attributes file (no faces with glasses), or on the built-in faces. */
function runOn(anomalies: boolean): void {
  const s = store.getState();
  store.setState({ ...fakeFaceRun(s, anomalies), training: { ...s.training, status: 'done' } });
}

beforeEach(fakeCanvas);

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
  store.setState(initial, true);
  vi.restoreAllMocks();
});

describe('a folder with no faces with glasses', () => {
  it('says in the Compare cell that there is nothing to score, with no winner, ROC or NaN (en and ja)', () => {
    runOn(false);
    const { container, rerender } = render(<CompareCell />);
    expect(screen.getByTestId('compare-no-anomalies').textContent).toBe(
      'None of the test faces has glasses, so there is nothing to score: no AUC, no ROC curve, no best F1 and no winner. With CelebA’s attributes file, the faces with glasses become the anomalies.',
    );
    expect(screen.queryByTestId('compare-verdict')).toBeNull();
    expect(screen.queryByTestId('compare-roc')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|tie|only image AUC/);
    act(() => setLang('ja'));
    rerender(<CompareCell />);
    expect(screen.getByTestId('compare-no-anomalies').textContent).toBe(ja.noAnomalies);
  });

  it('shows PCA’s reconstructions and variance, but no ROC and no AUC, in the PCA cell', () => {
    runOn(false);
    const { container } = render(<PcaCell />);
    expect(screen.queryByTestId('pca-roc')).toBeNull();
    expect(screen.getByTestId('pca-no-anomalies').textContent).toBe(en.noAnomalies);
    const recon = screen.getByTestId('pca-recon');
    expect(recon.getAttribute('data-auc')).toBeNull();
    expect(recon.querySelector('figcaption')!.textContent).toBe('Reconstructed from k = 3 components.');
    expect(container.textContent).not.toMatch(/NaN|—/);
    expect(screen.getByTestId('pca-curves').querySelector('[aria-label]')!.getAttribute('aria-label')).toBe('Explained variance by k');
  });

  it('keeps the run with no best F1 (not 0), as it has no AUC', () => {
    runOn(false);
    const run = adapter.capture(store.getState())!;
    expect(run.metrics.auc).toBeNaN();
    expect(run.metrics.bestF1).toBeNaN();
    expect(run.metrics.own.pcaAuc).toBeNaN();
  });
});

describe('the built-in faces (both classes)', () => {
  it('keep the verdict, the ROC and the best F1', () => {
    runOn(true);
    render(<CompareCell />);
    const verdict = screen.getByTestId('compare-verdict');
    expect(verdict.getAttribute('data-winner')).toBe('tie');
    expect(verdict.textContent).toMatch(/^A tie on image AUC \(1\.000\)\. /);
    expect(screen.queryByTestId('compare-no-anomalies')).toBeNull();
    cleanup();
    render(<PcaCell />);
    expect(screen.getByTestId('pca-recon').querySelector('figcaption')!.textContent).toBe('Reconstructed from k = 3 components; image AUC at this k: 0.750');
    expect(screen.getByTestId('pca-roc')).toBeTruthy();
    expect(adapter.capture(store.getState())!.metrics.bestF1).toBe(1);
  });
});

describe('a kept run', () => {
  it('has the training loss only: the runs overlay lists no validation curve', () => {
    runOn(true);
    const run = adapter.capture(store.getState())!;
    expect(run.trainLoss).toEqual([0.05, 0.03]);
    expect(run.valLoss).toEqual([]);
    const overlay = (name: string) => ({ name, auc: run.metrics.auc, ap: run.metrics.ap, roc: run.curves.roc, pr: run.curves.pr, trainLoss: run.trainLoss, valLoss: run.valLoss });
    const figure = overlayLossFigure([overlay('Latent size 4'), overlay('Latent size 8')], CHART_TEXT.en.loss, { train: RUNS_TEXT.en.lossTrain, val: RUNS_TEXT.en.lossVal });
    expect(figure.data.map((d) => d.name)).toEqual(['Latent size 4 · train', 'Latent size 8 · train']);
    expect(en.lossCurve).toBe('Training loss (MSE) per epoch');
    expect(ja.lossCurve).toBe('エポックごとの学習損失（MSE）');
  });
});

describe('the line under the train panel', () => {
  it('gives a trained AE’s epochs and time, and says a model opened from a file was not trained here (en and ja)', () => {
    runOn(true);
    const ae = store.getState().result!.job.ae!;
    render(<TrainedModel />);
    expect(screen.getByTestId('trained-model').textContent).toMatch(new RegExp(`^Autoencoder: ${ae.epochsRun} epochs?, `));
    cleanup();
    const s = store.getState();
    store.setState({ result: { ...s.result!, job: { ...s.result!.job, ae: { ...ae, epochsRun: 0, secondsPerEpoch: NaN, parameters: 29_189 } } } });
    render(<TrainedModel />);
    expect(screen.getByTestId('trained-model').textContent).toBe('Autoencoder: opened from a model file, not trained here; 29,189 parameters');
    act(() => setLang('ja'));
    expect(screen.getByTestId('trained-model').textContent).toBe('オートエンコーダ：モデルファイルから開いたもので、ここでは学習していません。パラメータ 29,189 個');
  });
});
