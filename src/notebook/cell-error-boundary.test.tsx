import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { CellErrorBoundary } from './cell-error-boundary';

afterEach(cleanup);

describe('CellErrorBoundary', () => {
  it('shows a crashed cell, then recovers by itself when the lesson state changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createStore(() => ({ value: Number.NaN }));
    function Body() {
      const v = useStore(store, (s) => s.value);
      if (!Number.isFinite(v)) throw new Error('Series 0, step 0 is not a finite number');
      return <p data-testid="ok">{v}</p>;
    }
    render(
      <CellErrorBoundary message="This cell crashed." retryLabel="Reload cell" subscribe={(l) => store.subscribe(l)}>
        <Body />
      </CellErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Series 0, step 0 is not a finite number');
    act(() => store.setState({ value: 3 }));
    expect(screen.getByTestId('ok').textContent).toBe('3');
    act(() => store.setState({ value: Number.NaN }));
    expect(screen.getByRole('alert')).toBeTruthy();
    act(() => store.setState({ value: 4 }));
    expect(screen.getByTestId('ok').textContent).toBe('4');
  });
});
