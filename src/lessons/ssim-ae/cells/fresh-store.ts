import { act, cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import { ssimAe } from '../instance';

/**
 * For a cell's tests: after each test, unmounts what it rendered, goes back to English and puts the
 * lesson's store back as it was when this was called. Returns the store and that state.
 */
export function freshStoreAfterEach() {
  const { store } = ssimAe;
  const initial = store.getState();
  afterEach(() => {
    cleanup();
    act(() => setLang('en'));
    store.setState(initial, true);
  });
  return { store, initial };
}
