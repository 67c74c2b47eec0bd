import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import { fakeMetricRun } from '../fake-run';
import { metric } from '../instance';
import { CompareCell } from './compare-cell';

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

/** The "from" column of the recorded patch VAE rows. */
const sources = () => screen.getAllByTestId('compare-patch-vae-recorded').map((row) => row.lastElementChild?.textContent);

describe('metric learning against the autoencoders', () => {
  it('names where a recorded autoencoder figure comes from in the learner’s words, not a repository path (en, ja)', () => {
    metric.store.setState(fakeMetricRun(metric.store.getState()));
    render(<CompareCell />);
    expect(sources()).toEqual(["the patch VAE lesson's measured run", "the patch VAE lesson's measured run"]);
    act(() => setLang('ja'));
    expect(sources()).toEqual(['パッチ VAE のレッスンで測った実行', 'パッチ VAE のレッスンで測った実行']);
    expect(screen.getByTestId('compare-table').textContent).not.toContain('facts.json');
  });
});
