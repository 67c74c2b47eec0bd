import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LessonModule } from '../notebook/lesson-types';
import { noSettings } from '../notebook/settings/lesson-settings';
import { useLinkedSettings } from './lesson-settings-bar';

afterEach(cleanup);

function moduleWithSpies() {
  const settings = { ...noSettings(), applyQuery: vi.fn(), syncAddress: vi.fn() };
  return { settings, module: { cells: [], useStale: () => ({}), useBusy: () => false, settings, runAll: async () => undefined } as LessonModule };
}

describe('useLinkedSettings', () => {
  it('applies a link’s settings, and applies them again when the same link is followed after the learner changed them', () => {
    const { settings, module } = moduleWithSpies();
    renderHook(() => useLinkedSettings(module, 'latent=8&epochs=3', 'dense-ae'));
    expect(settings.applyQuery.mock.calls).toEqual([['latent=8&epochs=3']]);
    // The learner edits a field (the address is rewritten without an event), then follows the link
    // again: the route's query is unchanged, so only the event carries the link.
    act(() => {
      window.history.replaceState(null, '', '#/lesson/dense-ae?latent=8&epochs=3');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(settings.applyQuery.mock.calls).toEqual([['latent=8&epochs=3'], ['latent=8&epochs=3']]);
  });

  it('applies the address the event brought, not the route’s older query, and never another lesson’s', () => {
    const { settings, module } = moduleWithSpies();
    renderHook(() => useLinkedSettings(module, 'maxTrain=300', 'dense-ae'));
    act(() => {
      window.history.replaceState(null, '', '#/lesson/dense-ae?maxTrain=300&latent=abc');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      window.history.replaceState(null, '', '#/lesson/patch-vae?epochs=9');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(settings.applyQuery.mock.calls).toEqual([['maxTrain=300'], ['maxTrain=300&latent=abc']]);
  });

  it('applies nothing for a bare lesson address, and only writes the current settings into it', () => {
    const { settings, module } = moduleWithSpies();
    renderHook(() => useLinkedSettings(module, '', 'dense-ae'));
    expect(settings.applyQuery).not.toHaveBeenCalled();
    expect(settings.syncAddress).toHaveBeenCalledTimes(1);
  });
});
