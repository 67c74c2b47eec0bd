import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { connectSettings, settingsStorageKey, type SettingsEnv } from './lesson-settings';
import { defaultsOf, defineSettings, type SettingsOf } from './settings-table';

const TABLE = defineSettings({
  latent: { kind: 'int', stage: 'train', min: 1, max: 784, default: 64, label: { en: 'Latent size', ja: '潜在次元' } },
  loss: { kind: 'choice', stage: 'train', default: 'mse', label: { en: 'Loss', ja: '損失' }, options: [{ value: 'mse', label: { en: 'MSE', ja: 'MSE' } }, { value: 'l1', label: { en: 'L1', ja: 'L1' } }] },
});

function fakeEnv(stored: string | null, hash: string) {
  const items = new Map<string, string>();
  if (stored !== null) items.set(settingsStorageKey('demo'), stored);
  const env: SettingsEnv & { hash: string } = {
    hash,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    getHash: () => env.hash,
    replaceHash: (h) => void (env.hash = h),
  };
  return { env, items };
}

function setup(stored: string | null, hash = '#/lesson/demo') {
  const store = createStore<{ params: SettingsOf<typeof TABLE>; drafts: object }>(() => ({ params: defaultsOf(TABLE), drafts: {} }));
  const { env, items } = fakeEnv(stored, hash);
  const settings = connectSettings({ lessonId: 'demo', table: TABLE, store, env });
  return { store, env, items, settings };
}

describe('connectSettings', () => {
  it('restores stored settings, saves changes and mirrors them into the address', () => {
    const { store, env, items } = setup(JSON.stringify({ latent: '8' }));
    expect(store.getState().params).toEqual({ latent: 8, loss: 'mse' });
    store.setState({ params: { latent: 16, loss: 'l1' } });
    expect(JSON.parse(items.get(settingsStorageKey('demo'))!)).toEqual({ latent: '16', loss: 'l1' });
    expect(env.hash).toBe('#/lesson/demo?latent=16&loss=l1');
  });

  it('falls back to the default for a corrupt stored value, with a notice naming it', () => {
    const { store, settings } = setup(JSON.stringify({ latent: '99999', loss: 'l1' }));
    expect(store.getState().params).toEqual({ latent: 64, loss: 'l1' });
    expect(settings.notice.getState()).toEqual({ source: 'storage', refused: [expect.objectContaining({ code: 'refused', values: expect.objectContaining({ key: 'latent' }) })] });
  });

  it('applies a link: named settings, defaults for the rest, refused values noted; the same query is a no-op', () => {
    const { store, settings } = setup(JSON.stringify({ latent: '8', loss: 'l1' }));
    settings.applyQuery('latent=2&loss=bogus');
    expect(store.getState().params).toEqual({ latent: 2, loss: 'mse' });
    expect(settings.notice.getState()?.source).toBe('link');
    expect(settings.notice.getState()?.refused).toHaveLength(1);
    settings.notice.setState(null, true);
    settings.applyQuery(settings.query());
    expect(settings.notice.getState()).toBeNull();
  });

  it('leaves the address alone while it shows another page', () => {
    const { store, env } = setup(null, '#/lesson/other');
    store.setState({ params: { latent: 3, loss: 'mse' } });
    expect(env.hash).toBe('#/lesson/other');
  });
});
