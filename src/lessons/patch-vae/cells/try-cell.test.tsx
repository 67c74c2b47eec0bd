import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toRgba } from '../../../components/colormap';
import { SCORE_FLOORS } from '../../../core/score/window-scores';
import { setLang } from '../../../stores/settings-store';
import { patchVae } from '../instance';
import { fakePatchResult } from '../fake-result';
import type { PatchVaeResult } from '../state';
import { en } from '../text-en';
import { ja } from '../text-ja';
import { TryCell } from './try-cell';

const PX = 784;
/** Pixel (12, 12) lies under window 60 only among the hot ones (patch 8, stride 2: window (5, 5) covers rows and columns 10–17). */
const HOT = 12 * 28 + 12;

const initial = patchVae.store.getState();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => setLang('en'));
  patchVae.store.setState(initial, true);
});

/** Every canvas's pixels as drawn, in render order. */
function drawnCanvases(): Uint8ClampedArray[] {
  const drawn: Uint8ClampedArray[] = [];
  const ctx = {
    createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: (img: { data: Uint8ClampedArray }) => drawn.push(img.data),
  };
  (vi.spyOn(HTMLCanvasElement.prototype, 'getContext') as unknown as { mockReturnValue(v: unknown): void }).mockReturnValue(ctx);
  return drawn;
}

/** Every canvas's last drawn pixels, by canvas. */
function lastDrawn(): Map<HTMLCanvasElement, Uint8ClampedArray> {
  const last = new Map<HTMLCanvasElement, Uint8ClampedArray>();
  function getContext(this: HTMLCanvasElement) {
    return {
      createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (img: { data: Uint8ClampedArray }) => last.set(this, img.data),
    };
  }
  (vi.spyOn(HTMLCanvasElement.prototype, 'getContext') as unknown as { mockImplementation(f: unknown): void }).mockImplementation(getContext);
  return last;
}

/** 121 windows per image, all 0 but window 60, worth `v`. */
const oneHot = (n: number, v: (i: number) => number) => Float32Array.from({ length: n * 121 }, (_, i) => (i % 121 === 60 ? v(Math.floor(i / 121)) : 0));

/** Test images scoring old 1, 2 (normals), 3, 4 (anomalies): best-F1 threshold 3; the new score at each floor is ×4 (threshold 12). */
function fakeResult(): PatchVaeResult {
  const n = 4;
  return fakePatchResult({
    grid: 11,
    oldMap: oneHot(n, (i) => i + 1),
    old: Float32Array.of(1, 2, 3, 4),
    news: SCORE_FLOORS.map((floor) => ({ floor, map: oneHot(n, (i) => 4 * (i + 1)), image: Float32Array.of(4, 8, 12, 16) })),
    minSigma2: 0.02,
  });
}

/** A blank picture's score: old 1.5 and new 2 in window 60, nothing elsewhere. */
function blankScored() {
  return {
    scores: { grid: 11, oldMap: oneHot(1, () => 1.5), old: Float32Array.of(1.5), news: SCORE_FLOORS.map((floor) => ({ floor, map: oneHot(1, () => 2), image: Float32Array.of(2) })), minSigma2: 0.02 },
    image: new Float32Array(PX),
    mu: new Float32Array(PX),
    sigma2: new Float32Array(PX).fill(0.02),
  };
}

function showBlank(): void {
  const s = patchVae.store.getState();
  patchVae.store.setState({
    result: fakeResult(),
    view: { ...s.view, scoreFloor: 0.01, positionNorm: true, threshold: { old: null, new: null } },
    tryIt: { status: 'done', error: null, image: new Float32Array(PX), resultKey: 'k', scored: blankScored() },
  });
}

const scales = () => [...screen.getByTestId('try-result').querySelectorAll('.al-grid__scale')].map((e) => e.getAttribute('aria-label'));

describe('the Try cell’s heat maps', () => {
  it('run from 0 to twice each score’s threshold, not to the picture’s own maximum', () => {
    const drawn = drawnCanvases();
    showBlank();
    render(<TryCell />);
    // σ² row, then old and new heat maps: thresholds 3 and 12 → scales to 6 and 24.
    expect(scales()).toEqual(['colour scale −6 to 0', 'colour scale 0 to 6', 'colour scale 0 to 24']);
    expect(screen.getByTestId('try-heat-scale').textContent).toBe(
      'Heat map colours run from 0 to twice each score’s threshold (old: 3.00, new: 12.0), so the middle of the colour bar is the threshold: a window brighter than the middle puts the picture above it.',
    );
    // The blank picture's hottest old window (1.5) is drawn a quarter up the scale, not at full yellow.
    const oldHeat = drawn[3];
    expect(Array.from(oldHeat.subarray(HOT * 4, HOT * 4 + 4))).toEqual(Array.from(toRgba([1.5], 'heat', 6)));
    expect(Array.from(oldHeat.subarray(HOT * 4, HOT * 4 + 4))).not.toEqual(Array.from(toRgba([1.5], 'heat', 1.5)));
    expect(screen.getByTestId('try-old').textContent).toBe('old: Σ(x − μ)² = 1.50 (below the threshold → normal)');
  });

  it('follow a chosen threshold and say so in Japanese', () => {
    drawnCanvases();
    showBlank();
    patchVae.actions.setThreshold('old', 5);
    act(() => setLang('ja'));
    render(<TryCell />);
    expect(scales()).toEqual(['カラースケール −6〜0', 'カラースケール 0〜10', 'カラースケール 0〜24']);
    expect(screen.getByTestId('try-heat-scale').textContent).toBe(
      'ヒートマップの色は 0 から各スコアのしきい値（旧 5.00、新 12.0）の 2 倍までです。カラーバーの中央がしきい値なので、中央より明るい窓が 1 つでもあれば、その画像はしきい値以上になります。',
    );
  });
});

describe('a picture drawn on while the model trains', () => {
  it('keeps the maps beside the picture they were made from, says they are of it, and is scored once training has finished', () => {
    const last = lastDrawn();
    showBlank();
    patchVae.store.setState({ training: { ...patchVae.store.getState().training, status: 'running' } });
    const score = vi.spyOn(patchVae.actions, 'scoreDrawing').mockResolvedValue(undefined);
    render(<TryCell />);
    expect(screen.queryByTestId('try-edited')).toBeNull();
    // A stroke while training runs (the canvas commits it; the worker is busy, so nothing scores it yet).
    act(() => patchVae.actions.setDrawing(new Float32Array(PX).fill(0.5)));
    const imageRow = last.get(screen.getByTestId('try-result').querySelector('canvas')!)!;
    expect(Array.from(imageRow.subarray(HOT * 4, HOT * 4 + 4))).toEqual(Array.from(toRgba([0], 'gray', 1)));
    expect(screen.getByTestId('try-edited').textContent).toBe(
      'You have drawn since the last score: the maps and scores below are of the picture before your last strokes (the ‘image’ row). Your new picture is scored when training has finished.',
    );
    expect(screen.getByTestId('try-edited').textContent).toBe(en.editedWhileTraining);
    act(() => setLang('ja'));
    expect(screen.getByTestId('try-edited').textContent).toBe(ja.editedWhileTraining);
    expect(score).not.toHaveBeenCalled();
    act(() => patchVae.store.setState({ training: { ...patchVae.store.getState().training, status: 'done' } }));
    expect(score).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('try-edited').textContent).toBe('前回の採点のあとに描き足しています。新しい画像を採点するまで、下のマップとスコアは描き足す前の画像（「画像」の行）のものです。');
  });
});
