import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paramFieldRenderer } from './param-fields';

afterEach(cleanup);

describe('paramFieldRenderer', () => {
  it('shows a draft with its error, a cross-check, and sends typed text', () => {
    const typed: [string, string][] = [];
    const field = paramFieldRenderer<'latent' | 'batch'>({
      params: { latent: 64, batch: 512 },
      drafts: { latent: { raw: '0', error: 'Must be between 1–784.' } },
      problems: { batch: 'Batch 512 is larger than the 100 training images.' },
      setNumber: (name, raw) => typed.push([name, raw]),
    });
    render(
      <>
        {field('latent', 'Latent size')}
        {field('batch', 'Batch size', 'any')}
      </>,
    );
    expect((screen.getByTestId('param-latent') as HTMLInputElement).value).toBe('0');
    expect(screen.getByTestId('param-error-latent').textContent).toBe('Must be between 1–784. Still using 64.');
    expect(screen.getByTestId('param-latent').getAttribute('step')).toBe('1');
    expect(screen.getByTestId('param-batch').getAttribute('step')).toBe('any');
    expect(screen.getByTestId('param-error-batch').textContent).toBe('Batch 512 is larger than the 100 training images.');
    fireEvent.change(screen.getByTestId('param-latent'), { target: { value: '16' } });
    expect(typed).toEqual([['latent', '16']]);
  });
});
