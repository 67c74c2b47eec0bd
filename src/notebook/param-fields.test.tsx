import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { labelWidth, paramFieldRenderer } from './param-fields';
import { defineSettings } from './settings/settings-table';

afterEach(cleanup);

const TABLE = defineSettings({
  latent: { kind: 'int', stage: 'train', min: 1, max: 784, default: 64, label: { en: 'Latent size', ja: '潜在次元' } },
  batch: { kind: 'int', stage: 'train', min: 1, max: 8192, default: 256, label: { en: 'Batch size', ja: 'バッチサイズ' } },
  lr: { kind: 'float', stage: 'train', min: 0.00001, max: 1, default: 0.001, label: { en: 'Learning rate', ja: '学習率' } },
  patience: { kind: 'int', stage: 'train', min: 0, max: 1000, default: 10, label: { en: 'Early-stopping patience', ja: '早期終了の我慢回数' }, note: { en: '(0 = off)', ja: '（0 = なし）' } },
  loss: { kind: 'choice', stage: 'train', default: 'mse', label: { en: 'Loss', ja: '損失関数' }, options: [{ value: 'mse', label: { en: 'MSE', ja: '平均二乗誤差' } }, { value: 'l1', label: { en: 'L1', ja: 'L1' } }] },
  optimizer: { kind: 'choice', stage: 'train', default: 'adam', label: { en: 'Optimizer', ja: '最適化' }, options: [{ value: 'adam', label: { en: 'Adam', ja: 'Adam' } }, { value: 'sgd', label: { en: 'SGD with momentum 0.9', ja: 'SGD' } }] },
});

function renderFields(lang: 'en' | 'ja') {
  const typed: [string, string, number | undefined][] = [];
  const chosen: [string, string][] = [];
  const field = paramFieldRenderer({
    table: TABLE,
    params: { latent: 64, batch: 512, lr: 0.001, patience: 10, loss: 'mse', optimizer: 'adam' },
    drafts: { latent: { raw: '0', problem: { code: 'range', values: { min: 1, max: 784 } } } },
    problems: { batch: { code: 'batch-too-large', values: { batch: 512, n: 100 } } },
    lang,
    setNumber: (name, raw, restore) => typed.push([name, raw, restore]),
    setChoice: (name, value) => chosen.push([name, value]),
  });
  render(
    <>
      {field('latent')}
      {field('batch')}
      {field('lr')}
      {field('patience')}
      {field('loss')}
      {field('optimizer')}
    </>,
  );
  return { typed, chosen };
}

describe('paramFieldRenderer', () => {
  it('labels fields from the table, shows a draft with its problem, a cross-check, and sends typed text', () => {
    const { typed, chosen } = renderFields('en');
    expect(screen.getByLabelText('Latent size')).toBe(screen.getByTestId('param-latent'));
    expect((screen.getByTestId('param-latent') as HTMLInputElement).value).toBe('0');
    expect(screen.getByTestId('param-error-latent').textContent).toBe('Must be between 1–784. Still using 64.');
    expect(screen.getByTestId('param-latent').getAttribute('step')).toBe('1');
    expect(screen.getByTestId('param-lr').getAttribute('step')).toBe('any');
    expect(screen.getByTestId('param-error-batch').textContent).toBe('Batch 512 is larger than the 100 training examples.');
    fireEvent.change(screen.getByTestId('param-latent'), { target: { value: '16' } });
    fireEvent.change(screen.getByTestId('param-loss'), { target: { value: 'l1' } });
    // Typed after the field took the focus, the text comes with the value the field had then.
    fireEvent.focus(screen.getByTestId('param-batch'));
    fireEvent.change(screen.getByTestId('param-batch'), { target: { value: '99999' } });
    fireEvent.blur(screen.getByTestId('param-batch'));
    fireEvent.change(screen.getByTestId('param-batch'), { target: { value: '7' } });
    expect(typed).toEqual([
      ['latent', '16', undefined],
      ['batch', '99999', 512],
      ['batch', '7', undefined],
    ]);
    expect(chosen).toEqual([['loss', 'l1']]);
  });

  it('words labels, options and problems in Japanese', () => {
    renderFields('ja');
    expect(screen.getByLabelText('潜在次元')).toBe(screen.getByTestId('param-latent'));
    expect(screen.getByTestId('param-error-latent').textContent).toBe('1–784 の範囲で入力してください。64 のままです。');
    expect(screen.getByText('平均二乗誤差')).toBeTruthy();
  });

  it('shows a setting’s note under its field, without brackets, in the learner’s language, and describes the field with it', () => {
    renderFields('en');
    const hint = screen.getByText('0 = off');
    expect(screen.getByTestId('param-patience').getAttribute('aria-describedby')).toBe(hint.id);
    cleanup();
    renderFields('ja');
    expect(screen.getByText('0 = なし').className).toBe('nb-field__hint');
  });

  it('gives a select two grid columns when its longest choice would be cut in one, in the learner’s language', () => {
    expect(labelWidth('SGD with momentum 0.9')).toBe(21);
    expect(labelWidth('平均二乗誤差')).toBe(12);
    renderFields('en');
    const wide = (id: string) => screen.getByTestId(id).parentElement!.classList.contains('nb-field--wide');
    expect(wide('param-optimizer')).toBe(true);
    expect(wide('param-loss')).toBe(false);
    cleanup();
    renderFields('ja');
    expect(wide('param-optimizer')).toBe(false);
  });
});
