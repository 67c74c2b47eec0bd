import { vi } from 'vitest';

/**
 * A stand-in for Plotly in component tests: `react` records each draw and
 * gives the element an `on` that stores its event handlers in `handlers`, so a
 * test can fire a click. Install it in a test file with
 * `vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('./plotly-fake')).plotly }))`.
 */
function createPlotlyFake() {
  const handlers = new Map<string, (event: unknown) => void>();
  const react = vi.fn((el: HTMLElement) => {
    Object.assign(el, { on: (name: string, h: (event: unknown) => void) => handlers.set(name, h) });
    return Promise.resolve(el);
  });
  return { handlers, react, purge: vi.fn(), Plots: { resize: vi.fn() } };
}

export const plotly = createPlotlyFake();
