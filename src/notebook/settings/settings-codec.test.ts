import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../lessons/dense-ae/params';
import { decodeSettings, decodeStored, encodeStored, settingsQuery } from './settings-codec';
import { defaultsOf, stageKey } from './settings-table';

describe('settings codec (lesson 1 table)', () => {
  it('round-trips every setting through a URL query and through storage', () => {
    const values = { ...defaultsOf(SETTINGS), latent: 8, epochs: 2, loss: 'l1' as const, normal: [1, 7], anomaly: [9], lr: 0.0005, dataset: 'fashion' as const };
    const query = settingsQuery(SETTINGS, values);
    expect(query).toContain('latent=8');
    expect(query).toContain('normal=1%2C7');
    const back = decodeSettings(SETTINGS, new URLSearchParams(query));
    expect(back.refused).toEqual([]);
    expect({ ...defaultsOf(SETTINGS), ...back.values }).toEqual(values);
    expect(decodeStored(SETTINGS, encodeStored(SETTINGS, values)).values).toEqual(values);
  });

  it('refuses tampered values and unknown keys with a problem each, keeping the rest', () => {
    const back = decodeSettings(SETTINGS, new URLSearchParams('latent=abc&epochs=2&loss=rm%20-rf&normal=1,99&batch=1e9&foo=1&hidden=2.5'));
    expect(back.values).toEqual({ epochs: 2 });
    expect(back.refused.map((p) => [p.code, p.values?.key])).toEqual([
      ['refused', 'latent'],
      ['refused', 'loss'],
      ['refused', 'normal'],
      ['refused', 'batch'],
      ['unknown-setting', 'foo'],
      ['refused', 'hidden'],
    ]);
  });

  it('treats corrupt storage as defaults with one problem, never a throw', () => {
    expect(decodeStored(SETTINGS, '{not json').refused).toEqual([{ code: 'storage-corrupt' }]);
    expect(decodeStored(SETTINGS, '[1,2]').refused).toEqual([{ code: 'storage-corrupt' }]);
    expect(decodeStored(SETTINGS, null)).toEqual({ values: {}, refused: [] });
    expect(decodeStored(SETTINGS, '{"latent": 16, "epochs": {"x": 1}}').values).toEqual({ latent: 16 });
  });

  it('keys change with the settings of their stages only; class sets compare as sets', () => {
    const a = defaultsOf(SETTINGS);
    expect(stageKey(SETTINGS, { ...a, latent: 8 }, ['data'])).toBe(stageKey(SETTINGS, a, ['data']));
    expect(stageKey(SETTINGS, { ...a, latent: 8 }, ['data', 'train'])).not.toBe(stageKey(SETTINGS, a, ['data', 'train']));
    expect(stageKey(SETTINGS, { ...a, normal: [7, 1] }, ['data'])).toBe(stageKey(SETTINGS, { ...a, normal: [1, 7] }, ['data']));
    expect(stageKey(SETTINGS, { ...a, seed: 3 }, ['data'])).not.toBe(stageKey(SETTINGS, a, ['data']));
  });
});
