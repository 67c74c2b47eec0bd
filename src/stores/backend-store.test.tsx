import type { BackendNote } from '../core/backend/backend-notes';
import { beforeEach, describe, expect, it } from 'vitest';
import { getBackendReport, setBackendReport, useBackendStore } from './backend-store';

describe('backend store', () => {
  beforeEach(() => setBackendReport(null));

  it('is empty before any run', () => {
    expect(getBackendReport()).toBeNull();
  });

  it('keeps the last report, a copy the caller cannot mutate', () => {
    const notes: BackendNote[] = [{ kind: 'unavailable', name: 'webgpu', requested: false }];
    setBackendReport({ backend: 'webgl', notes });
    setBackendReport({ backend: 'wasm', notes });
    notes.push({ kind: 'software', name: 'webgl' });
    expect(getBackendReport()).toEqual({ backend: 'wasm', notes: [{ kind: 'unavailable', name: 'webgpu', requested: false }] });
    expect(useBackendStore.getState().report?.backend).toBe('wasm');
  });

  it('can be cleared', () => {
    setBackendReport({ backend: 'cpu', notes: [] });
    setBackendReport(null);
    expect(getBackendReport()).toBeNull();
  });
});
