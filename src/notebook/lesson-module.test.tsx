import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { noSettings } from './settings/lesson-settings';
import { createLessonModule, isStale, keyedStaleness, staleByCell, type LessonCell } from './lesson-module';

afterEach(cleanup);

const Body = () => null;
const CELLS: LessonCell[] = [
  { id: 'data', title: { en: 'Data', ja: 'データ' }, Body, staleWhen: 'data' },
  { id: 'model', title: { en: 'Model', ja: 'モデル' }, Body },
  { id: 'train', title: { en: 'Train', ja: '学習' }, Body, staleWhen: 'train' },
];

interface State {
  params: { n: number };
  data: { key: string | null };
  result: { key: string } | null;
  busy: boolean;
  training: { status: string };
}

const staleness = keyedStaleness<State['params']>(
  (p) => `d${p.n}`,
  (p) => `t${p.n}`,
);

describe('lesson module', () => {
  it('calls something stale only when it was made for other settings', () => {
    expect(isStale(null, 'a')).toBe(false);
    expect(isStale('a', 'a')).toBe(false);
    expect(isStale('a', 'b')).toBe(true);
    expect(staleByCell(CELLS, { data: true, train: false })).toEqual({ data: true, model: false, train: false });
    expect(staleness({ params: { n: 2 }, data: { key: 'd1' }, result: { key: 't2' } })).toEqual({ data: true, train: false });
    expect(staleness({ params: { n: 2 }, data: { key: null }, result: null })).toEqual({ data: false, train: false });
  });

  it('gives the page hooks that follow the store', () => {
    const store = createStore<State>(() => ({ params: { n: 1 }, data: { key: 'd1' }, result: { key: 't1' }, busy: false, training: { status: 'idle' } }));
    const lesson = createLessonModule({ cells: CELLS, store, staleness, runAll: async () => undefined, settings: noSettings() });
    const seen: unknown[] = [];
    function Probe() {
      seen.push({ stale: lesson.useStale(), busy: lesson.useBusy() });
      return null;
    }
    render(<Probe />);
    act(() => store.setState({ params: { n: 2 } }));
    act(() => store.setState({ training: { status: 'running' } }));
    expect(lesson.cells.map((c) => c.id)).toEqual(['data', 'model', 'train']);
    expect(seen.at(0)).toEqual({ stale: { data: false, model: false, train: false }, busy: false });
    expect(seen.at(-1)).toEqual({ stale: { data: true, model: false, train: true }, busy: true });
  });
});
