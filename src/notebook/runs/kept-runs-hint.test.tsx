import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { setLang } from '../../stores/settings-store';
import { fakeRunMeta } from './fake-run-meta';
import { KeptRunsHint, registerKeptRuns } from './kept-runs-hint';
import type { LessonRuns, RunsState } from './lesson-runs';

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

function lessonWithRuns(weights: (string | null)[]) {
  const store = createStore(() => ({}));
  const runs = weights.map((w, i) => fakeRunMeta('dense-ae', { id: `r${i}`, weightPrecision: w as RunsState['runs'][number]['weightPrecision'] }));
  const state = createStore<RunsState>(() => ({ status: 'ready', runs, chosen: [], reference: null, keepWeights: 'float32', totalBytes: 0, notice: null, restored: null, reopenedDate: null, reopening: false }) as RunsState);
  registerKeptRuns(store, { state } as unknown as LessonRuns);
  return { store, state };
}

describe('KeptRunsHint', () => {
  it('counts the kept runs that can be reopened (with weights), in English and Japanese', () => {
    const { store } = lessonWithRuns(['float32', null, 'float16']);
    render(<KeptRunsHint store={store} idle />);
    expect(screen.getByTestId('kept-runs-hint').textContent).toBe('2 runs of this lesson are kept in this browser: reopen one in “Runs” to see its results without training again. Go to Runs');
    act(() => setLang('ja'));
    expect(screen.getByTestId('kept-runs-hint').textContent).toBe('このレッスンの実行が 2 件、このブラウザーに保存されています。「実行の記録」で開き直すと、学習し直さずに結果を見られます。 「実行の記録」へ');
  });

  it('says nothing once something was trained or reopened, when no kept run has weights, or for a lesson without runs', () => {
    const { store } = lessonWithRuns(['float32']);
    const { container, rerender } = render(<KeptRunsHint store={store} idle={false} />);
    expect(container.textContent).toBe('');
    rerender(<KeptRunsHint store={lessonWithRuns([null]).store} idle />);
    expect(container.textContent).toBe('');
    rerender(<KeptRunsHint store={createStore(() => ({}))} idle />);
    expect(container.textContent).toBe('');
    rerender(<KeptRunsHint store={store} idle />);
    expect(screen.getByTestId('kept-runs-hint').textContent).toContain('One run of this lesson is kept');
  });
});
