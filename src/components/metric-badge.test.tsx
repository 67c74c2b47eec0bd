import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MetricBadge } from './metric-badge';

afterEach(cleanup);

describe('MetricBadge', () => {
  it('formats numbers to the requested digits and exposes label + value', () => {
    render(<MetricBadge label="AUC" value={0.99812} tone="accent" />);
    const badge = screen.getByRole('group', { name: 'AUC 0.998' });
    expect(badge.textContent).toBe('AUC0.998');
    expect(badge.classList.contains('al-badge--accent')).toBe(true);
  });

  it('handles digits, strings, tiny numbers and missing values', () => {
    render(
      <>
        <MetricBadge label="F1" value={0.8} digits={1} />
        <MetricBadge label="Epoch" value="12 / 30" />
        <MetricBadge label="MSE" value={0.0000123} />
        <MetricBadge label="AP" value={null} />
      </>,
    );
    expect(screen.getByRole('group', { name: 'F1 0.8' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Epoch 12 / 30' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'MSE 1.23e-5' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'AP —' })).toBeTruthy();
  });
});
