import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { blockingMessage, createRunAll, errorMessage, storeAccess } from './lesson-store';

describe('lesson store helpers', () => {
  it('joins blocking problems in key order, or says there are none', () => {
    expect(blockingMessage({})).toBeNull();
    expect(blockingMessage({ latent: 'Too small.', batch: 'Too big.' })).toBe('Too small. Too big.');
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
