import { describe, expect, it } from 'vitest';
import { planBackends } from './backend-choice';

const noGpuMachine = [
  { name: 'webgpu' as const, available: true, software: true },
  { name: 'webgl' as const, available: true, software: true },
  { name: 'wasm' as const, available: true },
];

describe('planBackends', () => {
  it('auto skips software GPUs on a machine without a GPU and says why', () => {
    const plan = planBackends('auto', noGpuMachine);
    expect(plan.order).toEqual(['wasm', 'cpu']);
    expect(plan.skipped.map((s) => s.name)).toEqual(['webgpu', 'webgl']);
    expect(plan.skipped[0].reason).toMatch(/software emulation/);
  });

  it('auto prefers a real GPU', () => {
    const plan = planBackends('auto', [{ name: 'webgpu', available: true }, { name: 'webgl', available: true }, { name: 'wasm', available: true }]);
    expect(plan.order).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
  });

  it('a forced software backend is used first, with the others as fallbacks', () => {
    expect(planBackends('webgpu', noGpuMachine).order).toEqual(['webgpu', 'wasm', 'cpu']);
  });

  it('a forced unavailable backend falls back and explains', () => {
    const plan = planBackends('webgpu', [{ name: 'webgpu', available: false, detail: 'no adapter' }, { name: 'wasm', available: true }]);
    expect(plan.order).toEqual(['wasm', 'cpu']);
    expect(plan.skipped[0].reason).toBe('WebGPU was requested but is unavailable: no adapter.');
  });
});
