import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRunClock } from './use-run-clock';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Probe({ running, reported, now }: { running: boolean; reported: number; now: () => number }) {
  return <output>{useRunClock(running, reported, now).toFixed(1)}</output>;
}

describe('useRunClock', () => {
  it('keeps counting while progress events pause, never goes below the reported time, and stops with the run', () => {
    vi.useFakeTimers();
    let t = 10_000;
    const now = () => t;
    const { container, rerender } = render(<Probe running reported={0} now={now} />);
    expect(container.textContent).toBe('0.0');
    t += 3000;
    act(() => void vi.advanceTimersByTime(1000));
    expect(container.textContent).toBe('3.0');
    // A progress event from the worker's clock that is ahead of the page's.
    rerender(<Probe running reported={5} now={now} />);
    expect(container.textContent).toBe('5.0');
    t += 4000;
    act(() => void vi.advanceTimersByTime(1000));
    expect(container.textContent).toBe('7.0');
    rerender(<Probe running={false} reported={6.5} now={now} />);
    expect(container.textContent).toBe('6.5');
  });
});
