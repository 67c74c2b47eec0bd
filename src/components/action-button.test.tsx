import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionButton } from './action-button';

afterEach(cleanup);

describe('ActionButton', () => {
  it('keeps the focus when it becomes unavailable, says so, and ignores clicks until it is available again', () => {
    let clicks = 0;
    const { rerender } = render(<ActionButton data-testid="b" onClick={() => clicks++}>Train</ActionButton>);
    const button = screen.getByTestId('b') as HTMLButtonElement;
    button.focus();
    fireEvent.click(button);
    expect(clicks).toBe(1);
    rerender(<ActionButton data-testid="b" unavailable onClick={() => clicks++}>Train</ActionButton>);
    expect(document.activeElement).toBe(button);
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(clicks).toBe(1);
    rerender(<ActionButton data-testid="b" onClick={() => clicks++}>Train</ActionButton>);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(button);
    expect(clicks).toBe(2);
  });
});
