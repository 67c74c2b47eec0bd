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
