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
    expect(plan.skipped[0].note).toEqual({ kind: 'software', name: 'webgpu' });
  });

  it('auto prefers a real GPU', () => {
    const plan = planBackends('auto', [{ name: 'webgpu', available: true }, { name: 'webgl', available: true }, { name: 'wasm', available: true }]);
    expect(plan.order).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
  });

  it('a forced software backend is used first, with the others as fallbacks', () => {
    expect(planBackends('webgpu', noGpuMachine).order).toEqual(['webgpu', 'wasm', 'cpu']);
  });

  it('a forced unavailable backend falls back and explains', () => {
    const plan = planBackends('webgpu', [{ name: 'webgpu', available: false, detail: 'no-adapter' }, { name: 'wasm', available: true }]);
    expect(plan.order).toEqual(['wasm', 'cpu']);
    expect(plan.skipped[0].note).toEqual({ kind: 'unavailable', name: 'webgpu', requested: true, detail: 'no-adapter' });
  });

  it('auto with measurements tries the fastest measured backend first, even before a real GPU', () => {
    const realGpu = [{ name: 'webgpu' as const, available: true }, { name: 'webgl' as const, available: true }, { name: 'wasm' as const, available: true }];
    const measured = [
      { name: 'webgpu' as const, secondsPerEpoch: 3 },
      { name: 'wasm' as const, secondsPerEpoch: 1.2 },
    ];
    expect(planBackends('auto', realGpu, measured).order).toEqual(['wasm', 'webgpu', 'webgl', 'cpu']);
  });

  it('auto uses a measured software GPU when it is fastest and keeps slower measured ones as fallbacks', () => {
    const measured = [
      { name: 'webgl' as const, secondsPerEpoch: 9 },
      { name: 'wasm' as const, secondsPerEpoch: 12 },
    ];
    const plan = planBackends('auto', noGpuMachine, measured);
    expect(plan.order).toEqual(['webgl', 'wasm', 'cpu']);
    expect(plan.skipped.map((s) => s.name)).toEqual(['webgpu']);
  });

  it('ignores measurements of unavailable backends and of forced preferences', () => {
    const measured = [{ name: 'webgpu' as const, secondsPerEpoch: 0.5 }, { name: 'wasm' as const, secondsPerEpoch: 2 }];
    const noWebGpu = [{ name: 'webgpu' as const, available: false }, { name: 'wasm' as const, available: true }];
    expect(planBackends('auto', noWebGpu, measured).order).toEqual(['wasm', 'cpu']);
    expect(planBackends('wasm', noGpuMachine, [{ name: 'webgl', secondsPerEpoch: 0.1 }]).order).toEqual(['wasm', 'cpu']);
  });
});
