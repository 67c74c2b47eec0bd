import { beforeEach, describe, expect, it } from 'vitest';
import { getBackendReport, setBackendReport, useBackendStore } from './backend-store';

describe('backend store', () => {
  beforeEach(() => setBackendReport(null));

  it('is empty before any run', () => {
    expect(getBackendReport()).toBeNull();
  });

  it('keeps the last report, a copy the caller cannot mutate', () => {
    const notes = ['WebGPU is unavailable.'];
    setBackendReport({ backend: 'webgl', notes });
    setBackendReport({ backend: 'wasm', notes });
    notes.push('changed later');
    expect(getBackendReport()).toEqual({ backend: 'wasm', notes: ['WebGPU is unavailable.'] });
    expect(useBackendStore.getState().report?.backend).toBe('wasm');
  });

  it('can be cleared', () => {
    setBackendReport({ backend: 'cpu', notes: [] });
    setBackendReport(null);
    expect(getBackendReport()).toBeNull();
  });
});
