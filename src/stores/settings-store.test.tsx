import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type SettingsModule = typeof import('./settings-store');

/** A fresh copy of the store module, as after a page reload. */
async function reload(): Promise<SettingsModule> {
  vi.resetModules();
  return import('./settings-store');
}

describe('settings store', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('starts from the browser language and the auto backend', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'en-US']);
    const s = await reload();
    expect(s.getLang()).toBe('ja');
    expect(s.getBackendPreference()).toBe('auto');
  });

  it('persists the language and backend across a reload', async () => {
    const first = await reload();
    first.setLang('ja');
    first.setBackendPreference('wasm');
    expect(JSON.parse(localStorage.getItem(first.SETTINGS_KEY) ?? '{}').state).toEqual({ lang: 'ja', backend: 'wasm' });

    const second = await reload();
    expect(second.useSettings.getState()).toMatchObject({ lang: 'ja', backend: 'wasm' });
  });

  it('ignores invalid persisted values and invalid calls', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    localStorage.setItem('anomaly-lab:settings', JSON.stringify({ state: { lang: 'fr', backend: 'tpu' }, version: 1 }));
    const s = await reload();
    expect(s.getLang()).toBe('en');
    expect(s.getBackendPreference()).toBe('auto');
    s.setBackendPreference('quantum' as never);
    expect(s.getBackendPreference()).toBe('auto');
  });

  it.each([
    ['another version (99)', JSON.stringify({ state: { lang: 'ja', backend: 'cpu' }, version: 99 })],
    ['an older version (0)', JSON.stringify({ state: { lang: 'ja' }, version: 0 })],
    ['an unknown language', JSON.stringify({ state: { lang: 'xx', backend: 'cpu' }, version: 1 })],
    ['a state that is not an object', JSON.stringify({ state: 'ja', version: 1 })],
    ['text that is not JSON', '{"state": {"lang": '],
  ])('resets %s to the defaults with a note, logging nothing', async (_what, entry) => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    const logged = vi.spyOn(console, 'error');
    localStorage.setItem('anomaly-lab:settings', entry);
    const s = await reload();
    expect(s.useSettings.getState()).toEqual({ lang: 'en', backend: 'auto' });
    expect(s.settingsReset.getState()).toBe(true);
    expect(logged).not.toHaveBeenCalled();
  });

  it('restores valid settings without a note, and writes a reset entry back as version 1', async () => {
    localStorage.setItem('anomaly-lab:settings', JSON.stringify({ state: { lang: 'ja', backend: 'wasm' }, version: 1 }));
    const s = await reload();
    expect(s.useSettings.getState()).toEqual({ lang: 'ja', backend: 'wasm' });
    expect(s.settingsReset.getState()).toBe(false);
    localStorage.setItem('anomaly-lab:settings', JSON.stringify({ state: { lang: 'ja' }, version: 99 }));
    const t = await reload();
    expect(JSON.parse(localStorage.getItem(t.SETTINGS_KEY) ?? '{}')).toEqual({ state: { lang: t.getLang(), backend: 'auto' }, version: 1 });
  });

  it('keeps working when localStorage throws (private mode, full quota, blocked)', async () => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const broken = { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 };
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, value: broken });
    try {
      const s = await reload();
      expect(() => s.setLang('ja')).not.toThrow();
      s.setBackendPreference('cpu');
      expect(s.useSettings.getState()).toMatchObject({ lang: 'ja', backend: 'cpu' });
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });
});
