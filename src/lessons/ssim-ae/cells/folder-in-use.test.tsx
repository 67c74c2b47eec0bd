import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InspectionData } from '../../../core/textures/inspection-data';
import { setLang } from '../../../stores/settings-store';
import { ssimAe } from '../instance';
import type { SsimAeState } from '../state';
import { DataCell } from './data-cell';
import { freshStoreAfterEach } from './fresh-store';

const { store, initial } = freshStoreAfterEach();

/** A learner's folder of 4 × 4 images in use: `n` training images, one validation image, two test images (one defective). */
function folderInUse(n: number): Partial<SsimAeState> {
  const dataset: InspectionData = {
    source: 'mvtec',
    size: 4,
    train: new Float32Array(n * 16),
    validation: new Float32Array(16),
    test: new Float32Array(32),
    masks: new Uint8Array(32),
    labels: Uint8Array.of(0, 1),
    kinds: Int32Array.of(-1, 0),
    kindNames: ['poke'],
  };
  return { data: { status: 'ready', error: null, dataset, key: 'folder' }, mvtec: { ...initial.mvtec, name: 'tiny' } };
}

describe('the SSIM lesson’s data cell with a small MVTec folder in use', () => {
  it('says at once that the batch is larger than the folder’s training images, in both languages, until the batch fits', () => {
    act(() => store.setState({ ...folderInUse(6), params: { ...initial.params, batch: 32 } }));
    render(<DataCell />);
    expect(screen.getByTestId('data-batch').textContent).toBe('The batch size 32 is larger than the 6 training samples. Lower the batch size (cell “Model”) to train on this folder.');
    expect(ssimAe.actions.problems().batch).toEqual({ code: 'batch-over-data', values: { batch: 32, n: 6 } });
    act(() => setLang('ja'));
    expect(screen.getByTestId('data-batch').textContent).toBe('バッチサイズ 32 が学習データ 6 件より大きくなっています。このフォルダで学習するには、「モデル」のセルでバッチサイズを小さくしてください。');
    act(() => ssimAe.actions.setParams({ batch: 6 }));
    expect(screen.queryByTestId('data-batch')).toBeNull();
    expect(screen.getByTestId('data-in-use')).toBeTruthy();
  });
});

describe('the SSIM lesson’s data cell with an MVTec folder in use', () => {
  const fields = () => Array.from(document.querySelectorAll('select[data-testid^="param-"], input[data-testid^="param-"]'), (e) => e.getAttribute('data-testid'));

  it('shows only the crop size and seed, says why, and words the defects for real data, in both languages; the textures bring the rest back', () => {
    act(() => store.setState({ ...folderInUse(6), params: { ...initial.params, batch: 4 } }));
    render(<DataCell />);
    expect(fields()).toEqual(['param-cropSize', 'param-seed']);
    expect(screen.getByTestId('data-folder-fields').textContent).toBe(
      'Your folder’s own images are the data, so the texture and the crop counts do not apply; they come back with “Back to the built-in data”. The crop size is the size the folder’s images are reduced to when you open it.',
    );
    expect(screen.getByTestId('data-defects').textContent).toBe('The defects are your folder’s real ones, each with its mask from ground_truth/.');
    act(() => setLang('ja'));
    expect(screen.getByTestId('data-folder-fields').textContent).toBe(
      'フォルダの画像そのものがデータなので、テクスチャと切り出しの枚数は使いません（「組み込みのデータに戻す」で元に戻ります）。切り出しサイズは、フォルダを開くときに画像を縮小する大きさです。',
    );
    expect(screen.getByTestId('data-defects').textContent).toBe('欠陥はフォルダにある実物で、それぞれ ground_truth/ のマスクが付いています。');
    act(() => setLang('en'));
    act(() => store.setState({ mvtec: initial.mvtec }));
    expect(fields()).toEqual(['param-texture', 'param-cropSize', 'param-trainCount', 'param-validationCount', 'param-testCount', 'param-seed']);
    expect(screen.queryByTestId('data-folder-fields')).toBeNull();
    expect(screen.getByTestId('data-defects').textContent).toBe('The defects are synthetic, drawn with exact pixel masks; the real MVTec AD figures are in the cell “Against the paper”.');
  });
});

describe('the SSIM lesson’s data cell: image captions', () => {
  const captions = () => ['train-crops', 'test-crops'].map((id) => screen.getByTestId(id).querySelector('figcaption')?.textContent);

  it('calls a folder’s images images, and its masks the folder’s, in both languages; crops again with the textures', () => {
    act(() => store.setState({ ...folderInUse(6), params: { ...initial.params, batch: 4 } }));
    render(<DataCell />);
    expect(captions()).toEqual(['Training images from your folder (normal)', 'Test images from your folder with their defect outlined; below each, its mask from ground_truth/']);
    act(() => setLang('ja'));
    expect(captions()).toEqual(['フォルダの学習用画像（正常）', 'フォルダのテスト用画像（欠陥を輪郭で表示）と、その下に ground_truth/ のマスク']);
    act(() => setLang('en'));
    act(() => store.setState({ mvtec: initial.mvtec }));
    expect(captions()).toEqual(['Training crops (normal)', 'Test crops with their defect outlined; below each, its exact mask']);
  });
});
