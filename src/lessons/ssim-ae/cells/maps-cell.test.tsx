import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InspectionData } from '../../../core/textures/inspection-data';
import { setLang } from '../../../stores/settings-store';
import type { ModelResult, SsimAeState } from '../state';
import { MapsCell } from './maps-cell';
import { ssimAe } from '../instance';
import { freshStoreAfterEach } from './fresh-store';

const { store } = freshStoreAfterEach();
const SIZE = 8;
const AREA = SIZE * SIZE;

/** A result on 20 test crops as the texture protocol orders them: 12 normal, then 8 with a 2 × 2 hole; from a learner's folder with `source` 'mvtec'. */
function result(source: InspectionData['source'] = 'texture'): Partial<SsimAeState> {
  const n = 20;
  const labels = Uint8Array.from({ length: n }, (_, i) => (i < 12 ? 0 : 1));
  const masks = new Uint8Array(n * AREA);
  for (let k = 12; k < n; k++) for (const p of [27, 28, 35, 36]) masks[k * AREA + p] = 1;
  const data: InspectionData = { source, size: SIZE, train: new Float32Array(AREA), validation: new Float32Array(4 * AREA), test: new Float32Array(n * AREA).fill(0.5), masks, labels, kinds: Int32Array.from(labels, (l) => (l ? 0 : -1)), kindNames: ['hole'] };
  const maps = (count: number, m: Uint8Array | null) => Float32Array.from({ length: count * AREA }, (_, i) => 0.05 + (0.02 * ((i * 37) % 11)) / 11 + (m?.[i] ? 0.4 : 0));
  const model = { loss: 'ssim', reconstructions: new Float32Array(n * AREA), test: { l2: maps(n, masks), ssim: maps(n, masks) }, validation: { l2: maps(4, null), ssim: maps(4, null) }, weights: [] } as unknown as ModelResult;
  return { result: { key: 'k', data, models: { ssim: model } } };
}

const titles = () => Array.from(screen.getByTestId('maps-grid').querySelectorAll('thead th'), (th) => th.textContent).filter(Boolean);

describe('the SSIM lesson’s Maps cell', () => {
  it('opens on the defective crops, stays there when the threshold moves, and pages back to the normal ones', () => {
    act(() => store.setState(result()));
    render(<MapsCell />);
    expect(screen.getByTestId('maps-range').textContent).toBe('crops 13–20 of 20');
    expect(titles()).toEqual(Array(8).fill('hole'));
    act(() => ssimAe.actions.setThreshold('ssim', 0.3));
    expect(screen.getByTestId('maps-range').textContent).toBe('crops 13–20 of 20');
    fireEvent.click(screen.getByTestId('maps-prev'));
    expect(screen.getByTestId('maps-range').textContent).toBe('crops 5–12 of 20');
    expect(titles()).toEqual(Array(8).fill('normal'));
    fireEvent.click(screen.getByTestId('maps-prev'));
    expect(screen.getByTestId('maps-range').textContent).toBe('crops 1–8 of 20');
    act(() => setLang('ja'));
    fireEvent.click(screen.getByTestId('maps-next'));
    fireEvent.click(screen.getByTestId('maps-next'));
    expect(screen.getByTestId('maps-range').textContent).toBe('20 枚中 13–20 枚目');
  });
});

describe('the SSIM lesson’s Maps cell: a threshold that flags every pixel', () => {
  it('frames every tile, so an all-flagged (all white) segmentation reads as a full tile', () => {
    act(() => store.setState(result()));
    render(<MapsCell />);
    act(() => ssimAe.actions.setThreshold('ssim', 0));
    const grid = screen.getByTestId('maps-grid');
    expect(grid.classList.contains('ssim-maps-grid')).toBe(true);
    expect(grid.querySelectorAll('canvas.al-pixels').length).toBe(6 * 8);
    const css = readFileSync(resolve('src/lessons/ssim-ae/ssim-ae.css'), 'utf8');
    expect(css).toContain('.ssim-maps-grid .al-pixels { outline: 1px solid var(--al-muted); }');
  });

  it('says that typed text is not a number and keeps the threshold, in both languages', () => {
    act(() => store.setState(result()));
    render(<MapsCell />);
    act(() => ssimAe.actions.setThreshold('ssim', 0.5));
    const box = screen.getByLabelText('Residual threshold (SSIM), exact value') as HTMLInputElement;
    expect(box.value).toBe('0.500');
    fireEvent.change(box, { target: { value: 'abc' } });
    fireEvent.blur(box);
    expect(box.value).toBe('0.500');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe('“abc” is not a number — kept 0.500.');
    expect(store.getState().view.threshold.ssim).toBe(0.5);
    act(() => setLang('ja'));
    const ja = screen.getByLabelText('残差のしきい値（SSIM）（正確な値）') as HTMLInputElement;
    fireEvent.change(ja, { target: { value: 'abc' } });
    fireEvent.keyDown(ja, { key: 'Enter' });
    expect(document.getElementById(ja.getAttribute('aria-describedby')!)?.textContent).toBe('「abc」は数値ではありません。0.500 のままにしました。');
  });
});

describe('the SSIM lesson’s Maps cell on a learner’s folder', () => {
  it('words the legend and the range for the folder’s images and masks, in both languages, and for crops on a texture', () => {
    act(() => store.setState(result('mvtec')));
    render(<MapsCell />);
    const legend = () => screen.getByTestId('maps-legend').textContent;
    expect(screen.getByTestId('maps-range').textContent).toBe('images 13–20 of 20');
    expect(legend()).toBe(
      'Ground truth: the defect’s mask from your folder’s ground_truth/. Segmentation: the pixels whose residual (of the chosen model’s own loss) is at or above the threshold. The decoder rebuilds the borders of every image worse than its middle, so raw residuals are brightest along the borders, normal or not. Dividing each pixel’s residual by the mean residual of the normal validation images at the same pixel asks how unusual it is for that place. It uses normal images only.',
    );
    fireEvent.click(screen.getByTestId('scoring-raw'));
    expect(legend()).toBe('Ground truth: the defect’s mask from your folder’s ground_truth/. Segmentation: the pixels whose residual (of the chosen model’s own loss) is at or above the threshold.');
    act(() => setLang('ja'));
    expect(legend()).toBe('正解：フォルダの ground_truth/ にある欠陥のマスク。検出結果：選んだモデル自身の損失の残差がしきい値以上の画素。');
    fireEvent.click(screen.getByTestId('scoring-position'));
    expect(legend()).toBe(
      '正解：フォルダの ground_truth/ にある欠陥のマスク。検出結果：選んだモデル自身の損失の残差がしきい値以上の画素。デコーダーはどの画像でも端を中央より下手に復元するので、残差そのままでは正常でも端が明るくなります。各画素の残差を、正常な検証用画像の同じ画素での平均残差で割ると、「その場所にしてはどれだけ珍しいか」を問えます。使うのは正常な画像だけです。',
    );
    expect(screen.getByLabelText('残差のしきい値（SSIM）（正確な値）')).toBeTruthy();
    act(() => setLang('en'));
    act(() => store.setState(result('texture')));
    expect(legend()?.startsWith('Ground truth: the exact mask of the synthetic defect.')).toBe(true);
    expect(screen.getByTestId('maps-range').textContent).toBe('crops 13–20 of 20');
  });
});

