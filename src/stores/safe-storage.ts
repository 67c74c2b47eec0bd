import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage that never throws: private modes, disabled storage, sandboxed
 * frames and full quotas all degrade to "not persisted" instead of an error.
 */
export function safeLocalStorage(): StateStorage {
  const storage = (): Storage | undefined => {
    try {
      return typeof window === 'undefined' ? undefined : window.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      try {
        return storage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage()?.setItem(name, value);
      } catch {
        /* not persisted: the setting still applies for this visit */
      }
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name);
      } catch {
        /* nothing to remove */
      }
    },
  };
}
