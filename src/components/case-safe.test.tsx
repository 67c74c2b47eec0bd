import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseSafe, mathRuns } from './case-safe';
import { MetricBadge } from './metric-badge';

afterEach(cleanup);

describe('CaseSafe', () => {
  it('finds the math runs of a label', () => {
    expect(mathRuns('AUC old: Σ(x − μ)²')).toEqual([
      { text: 'AUC old: ', math: false },
      { text: 'Σ(x − μ)²', math: true },
    ]);
    expect(mathRuns('AUC new (σ² floored)')).toEqual([
      { text: 'AUC new ', math: false },
      { text: '(σ²', math: true },
      { text: ' floored)', math: false },
    ]);
    expect(mathRuns('L1: Σ|x − x̂| (seed 000)').filter((p) => p.math).map((p) => p.text)).toEqual(['Σ|x − x̂|']);
    expect(mathRuns('precision')).toEqual([{ text: 'precision', math: false }]);
  });

  it('wraps math in a span that keeps its case, in badges too', () => {
    const { container } = render(
      <>
        <CaseSafe text="min σ²" />
        <MetricBadge label="AUC new: ½Σ(x − μ)²/σ²" value={0.5} />
      </>,
    );
    expect([...container.querySelectorAll('.al-math-text')].map((e) => e.textContent)).toEqual(['σ²', '½Σ(x − μ)²/σ²']);
    expect(container.textContent).toContain('min σ²');
  });
});
