import { describe, expect, it } from 'vitest';
import { chooseWasmThreads, MIN_FLOPS_PER_STEP_FOR_THREADS } from './wasm-threads';

describe('chooseWasmThreads', () => {
  const big = 1e9;
  it('uses every core, up to 4, for large training steps on an isolated page', () => {
    expect(chooseWasmThreads({ isolated: true, cores: 2, flopsPerStep: big })).toBe(2);
    expect(chooseWasmThreads({ isolated: true, cores: 16, flopsPerStep: big })).toBe(4);
    expect(chooseWasmThreads({ isolated: true, cores: 8, flopsPerStep: null })).toBe(4);
  });

  it('uses one thread for small steps, without isolation, or on one core', () => {
    expect(chooseWasmThreads({ isolated: true, cores: 8, flopsPerStep: MIN_FLOPS_PER_STEP_FOR_THREADS / 2 })).toBe(1);
    expect(chooseWasmThreads({ isolated: false, cores: 8, flopsPerStep: big })).toBe(1);
    expect(chooseWasmThreads({ isolated: true, cores: 1, flopsPerStep: big })).toBe(1);
  });
});
