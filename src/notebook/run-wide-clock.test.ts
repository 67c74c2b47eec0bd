import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { keepRunWideClock } from './run-wide-clock';
import { IDLE_TRAINING, type TrainingState } from './training-state';

function setup() {
  let t = 1_000;
  const store = createStore<{ training: TrainingState }>(() => ({ training: IDLE_TRAINING }));
  keepRunWideClock(store, () => t);
  const training = (patch: Partial<TrainingState>) => store.setState({ training: { ...store.getState().training, ...patch } });
  return { store, training, advance: (ms: number) => (t += ms) };
}

describe('keepRunWideClock', () => {
  it('ends a run with its wall time when the job reported less (scoring after the last epoch), and keeps a larger report', () => {
    const { store, training, advance } = setup();
    training({ status: 'running', elapsedSeconds: 0 });
    advance(14_000);
    training({ elapsedSeconds: 14 });
    advance(10_000);
    training({ status: 'done' });
    expect(store.getState().training.elapsedSeconds).toBe(24);
    training({ status: 'running', elapsedSeconds: 0 });
    advance(2_000);
    training({ status: 'done', elapsedSeconds: 2.5 });
    expect(store.getState().training.elapsedSeconds).toBe(2.5);
  });

  it('counts a run of several jobs from its start (status stays running between them), stopped or failed alike', () => {
    const { store, training, advance } = setup();
    training({ status: 'running', elapsedSeconds: 0 });
    advance(5_000);
    training({ status: 'running', elapsedSeconds: 1 });
    advance(7_000);
    training({ status: 'error' });
    expect(store.getState().training.elapsedSeconds).toBe(12);
  });

  it('leaves a result restored without a run as it is', () => {
    const { store, training, advance } = setup();
    advance(60_000);
    training({ status: 'done', elapsedSeconds: 3 });
    expect(store.getState().training.elapsedSeconds).toBe(3);
  });
});
