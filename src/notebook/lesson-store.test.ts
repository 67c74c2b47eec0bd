import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createRunAll, errorMessage, firstProblem, storeAccess } from './lesson-store';

describe('lesson store helpers', () => {
  it('picks the first blocking problem, or says there is none', () => {
    expect(firstProblem({})).toBeNull();
    expect(firstProblem({ latent: { code: 'range' }, batch: { code: 'batch-too-large' } })).toEqual({ code: 'range' });
  });

  it('reads the message of an error of any kind', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });

  it('runs "Run all" once at a time, with busy set while it runs, even when it fails', async () => {
    const access = storeAccess(createStore<{ busy: boolean }>(() => ({ busy: false })));
    const seen: boolean[] = [];
    let release: () => void = () => undefined;
    let runs = 0;
    const runAll = createRunAll(access, () => {
      runs++;
      seen.push(access.get().busy);
      return new Promise<void>((resolve) => (release = resolve));
    });
    const first = runAll();
    await runAll();
    expect(runs).toBe(1);
    release();
    await first;
    expect(seen).toEqual([true]);
    expect(access.get().busy).toBe(false);
    const failing = createRunAll(access, () => Promise.reject(new Error('no')));
    await expect(failing()).rejects.toThrow('no');
    expect(access.get().busy).toBe(false);
  });
});
