import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import { fakeDenseAe } from '../../fake-results';
import { actions, denseAe } from '../instance';
import { TEXT } from '../text';
import { ThresholdCell } from './threshold-cell';

/** A model that scores normals above anomalies: anomalies 0–9, normals 10–19. Flagging nothing (+∞) gives the best F1 with normal positive. */
function invertedRun() {
  const fake = fakeDenseAe(denseAe.store.getState());
  const l1 = Float32Array.from({ length: 20 }, (_, i) => (i < 10 ? 10 + i : i - 10));
  denseAe.store.setState({ ...fake, result: { ...fake.result!, test: { ...fake.result!.test, l1 } } });
  actions.setView({ scoreKind: 'l1', threshold: null });
}

beforeEach(() => {
  setLang('en');
  invertedRun();
});
afterEach(cleanup);

describe('ThresholdCell', () => {
  it('marks a best F1 that flags nothing at the top of the slider, and its preset shows as chosen there', () => {
    render(<ThresholdCell />);
    const marks = screen.getAllByRole('button', { name: /^Jump to/ }).map((b) => b.getAttribute('aria-label'));
    expect(marks).toContain(`Jump to ${TEXT.en.marks.bestNormal} (19.00)`);
    expect(screen.getByTestId('threshold-best-normal').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a precision of nothing predicted positive (0/0) as “—”, a real 0 as 0.000', () => {
    render(<ThresholdCell />);
    // At the top (19): one normal flagged, no anomaly: anomaly precision 0/1.
    expect(screen.getByTestId('precision-anomaly').textContent).toBe('0.000');
    expect(screen.getByTestId('precision-normal').textContent).toBe('0.474');
    // At the bottom (0): everything flagged, nothing predicted normal.
    act(() => actions.setView({ threshold: 0 }));
    expect(screen.getByTestId('precision-normal').textContent).toBe('—');
    expect(screen.getByTestId('precision-anomaly').textContent).toBe('0.500');
  });
});
