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
    renderHook(() => useLinkedSettings(module, 'latent=8&epochs=3'));
    expect(settings.applyQuery.mock.calls).toEqual([['latent=8&epochs=3']]);
    // The learner edits a field (the address is rewritten without an event), then follows the link again.
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(settings.applyQuery.mock.calls).toEqual([['latent=8&epochs=3'], ['latent=8&epochs=3']]);
    expect(settings.syncAddress).toHaveBeenCalledTimes(2);
  });

  it('applies nothing for a bare lesson address, and only writes the current settings into it', () => {
    const { settings, module } = moduleWithSpies();
    renderHook(() => useLinkedSettings(module, ''));
    expect(settings.applyQuery).not.toHaveBeenCalled();
    expect(settings.syncAddress).toHaveBeenCalledTimes(1);
  });
});
