import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { SETTINGS } from './params';
import { aroundSpeed, runFaces } from './speed';

const p = defaultsOf(SETTINGS);

describe('the PCA → conv-AE lesson’s time around the epochs', () => {
  it('counts the faces a run handles: the settings’ 800 training and 2 × 100 test faces, else the loaded folder’s', () => {
    expect(runFaces(p, null)).toBe(1000);
    expect(runFaces(p, { size: 4, train: new Float32Array(30 * 16), testLabels: new Uint8Array(12) })).toBe(42);
  });

  it('is 1.5 s + 2 ms a face before any measurement (3.5 s for the defaults), then what was measured', () => {
    expect(aroundSpeed.estimate(1000, {}, null).seconds).toBeCloseTo(3.5, 9);
    expect(aroundSpeed.estimate(1000, { wasm: [[1000, 9]] }, 'wasm').seconds).toBeCloseTo(9, 9);
  });
});
