import { describe, expect, it } from 'vitest';
import { planBackends } from './backend-choice';
import { noteText } from './backend-notes';

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
    expect(noteText(plan.skipped[0].note)).toMatch(/software emulation/);
    expect(noteText(plan.skipped[0].note, 'ja')).toBe('WebGPU はここではソフトウェアでエミュレートされており（GPU なし）、WebAssembly より遅くなります。');
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
    expect(noteText(plan.skipped[0].note)).toBe('WebGPU was requested but is unavailable: no GPU adapter was found.');
    expect(noteText(plan.skipped[0].note, 'ja')).toBe('WebGPU が指定されましたが使えません（GPU アダプターが見つかりません）。');
    // A browser's own message is shown as it is.
    expect(noteText({ kind: 'unavailable', name: 'webgl', requested: false, detail: 'GL_OUT_OF_MEMORY' }, 'ja')).toBe('WebGL は使えません（GL_OUT_OF_MEMORY）。');
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

  it('states the measured speeds, fastest first', () => {
    expect(
      noteText({
        kind: 'measured',
        measured: [
          { name: 'webgl', secondsPerEpoch: 14.4, complete: false },
          { name: 'wasm', secondsPerEpoch: 1.23 },
        ],
      }),
    ).toBe('Measured on this device: WebAssembly 1.2 s/epoch, WebGL > 14 s/epoch.');
    expect(noteText({ kind: 'measured', measured: [{ name: 'wasm', secondsPerEpoch: 1.23 }, { name: 'cpu', secondsPerEpoch: 31 }] }, 'ja')).toBe(
      'この端末での実測：WebAssembly 1.2 s/エポック、JavaScript のみ（cpu） 31 s/エポック。',
    );
  });
});
