import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defineSettings } from '../settings/settings-table';
import { fakeRunMeta } from './fake-run-meta';
import type { LessonRuns } from './lesson-runs';
import { RunsTable } from './runs-table';
import { RUNS_TEXT } from './runs-text';

afterEach(cleanup);

const TABLE = defineSettings({
  latent: { kind: 'int', stage: 'train', min: 1, max: 784, default: 64, label: { en: 'Latent size', ja: '潜在次元' } },
});

const noop = async () => undefined;
const actions = { choose: () => undefined, setReference: () => undefined, setKeepWeights: () => undefined, rename: noop, pin: noop, remove: noop, reopen: noop, rerun: noop } as unknown as LessonRuns['actions'];

describe('RunsTable', () => {
  it('puts the metrics right after the run’s name and the actions last, so a phone shows the figures first (en and ja)', () => {
    const runs = [fakeRunMeta('x', { id: 'a', seq: 1, settings: { latent: 8 } }), fakeRunMeta('x', { id: 'b', seq: 2, settings: { latent: 64 } })];
    const props = { runs, chosen: [], reference: 'a', table: TABLE, ownMetrics: [{ key: 'pixel', label: { en: 'pixel AUC', ja: '画素 AUC' } }], actions, busy: false };
    render(<RunsTable {...props} t={RUNS_TEXT.en} lang="en" />);
    const headers = () => [...screen.getByTestId('runs-table').querySelectorAll('th')].map((th) => th.textContent);
    expect(headers()).toEqual(['', 'run', 'AUC', 'AP', 'best F1', 'pixel AUC', 'Latent size', 'random seed', 'epochs', 's/epoch', 'backend', 'trained', 'stored', '']);
    cleanup();
    render(<RunsTable {...props} t={RUNS_TEXT.ja} lang="ja" />);
    expect(headers().slice(2, 6)).toEqual(['AUC', 'AP', '最良 F1', '画素 AUC']);
    expect(headers().at(-1)).toBe(RUNS_TEXT.ja.cols.actions);
  });
});
