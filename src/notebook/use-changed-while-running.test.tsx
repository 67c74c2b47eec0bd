import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useChangedWhileRunning } from './use-changed-while-running';

describe('useChangedWhileRunning', () => {
  it('is true while a run goes on with settings other than those it started with, and false once they are back or the run ends', () => {
    const start = { epochs: 15, latent: 8 };
    const { result, rerender } = renderHook(({ params, running }) => useChangedWhileRunning(params, running), { initialProps: { params: start, running: false } });
    expect(result.current).toBe(false);
    rerender({ params: start, running: true });
    expect(result.current).toBe(false);
    rerender({ params: { epochs: 3, latent: 8 }, running: true });
    expect(result.current).toBe(true);
    rerender({ params: { epochs: 15, latent: 8 }, running: true });
    expect(result.current).toBe(false);
    rerender({ params: { epochs: 3, latent: 8 }, running: false });
    expect(result.current).toBe(false);
    rerender({ params: { epochs: 3, latent: 8 }, running: true });
    expect(result.current).toBe(false);
  });
});
