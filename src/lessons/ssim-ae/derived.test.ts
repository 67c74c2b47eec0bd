import { describe, expect, it } from 'vitest';
import type { InspectionData } from '../../core/textures/inspection-data';
import { DEFAULT_SCORING, inspectionTable, scoredMaps } from './derived';
import type { ModelResult } from './state';

const SIZE = 16;
const AREA = SIZE * SIZE;
const CENTRE = 8 * SIZE + 8;

/** A crop's map as the decoder leaves it: 0.4 on the border ring, 0.1 inside. */
function borderMap(): Float32Array {
  return Float32Array.from({ length: AREA }, (_, i) => {
    const x = i % SIZE;
    const y = Math.floor(i / SIZE);
    return x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1 ? 0.4 : 0.1;
  });
}

/** Two validation crops and two test crops (one normal, one with its centre pixel as bright as a border). */
function fixture(): { data: InspectionData; model: ModelResult } {
  const defect = borderMap();
  defect[CENTRE] = 0.4;
  const validation = new Float32Array(2 * AREA);
  validation.set(borderMap(), 0);
  validation.set(borderMap(), AREA);
  const test = new Float32Array(2 * AREA);
  test.set(borderMap(), 0);
  test.set(defect, AREA);
  const masks = new Uint8Array(2 * AREA);
  masks[AREA + CENTRE] = 1;
  const data: InspectionData = {
    source: 'texture',
    size: SIZE,
    train: new Float32Array(AREA),
    validation: new Float32Array(2 * AREA),
    test: new Float32Array(2 * AREA),
    masks,
    labels: Uint8Array.of(0, 1),
    kinds: Int32Array.of(-1, 0),
    kindNames: ['hole'],
  };
  const model = { loss: 'ssim', validation: { ssim: validation, l2: validation }, test: { ssim: test, l2: test } } as unknown as ModelResult;
  return { data, model };
}

describe('scoredMaps', () => {
  it("returns the model's own maps for the paper's raw scoring", () => {
    const { model } = fixture();
    const maps = scoredMaps(model, 'ssim', 'raw', SIZE);
    expect(maps.test).toBe(model.test.ssim);
    expect(maps.validation).toBe(model.validation.ssim);
  });

  it('divides each pixel by the smoothed normal mean at that pixel: the middle of a normal crop is 1, a border pixel under 2, the defect 4 (within 1 %; scipy’s exact values are checked in notebook.test.ts)', () => {
    const { model } = fixture();
    const maps = scoredMaps(model, 'l2', 'position', SIZE);
    const normal = maps.test.subarray(0, AREA);
    expect(Math.abs(normal[CENTRE] - 1)).toBeLessThan(0.01);
    expect(Math.max(...normal)).toBeGreaterThan(1.2);
    expect(Math.max(...normal)).toBeLessThan(2);
    expect(Math.abs(maps.test[AREA + CENTRE] - 4)).toBeLessThan(0.04);
    expect(Array.from(maps.validation.subarray(0, AREA))).toEqual(Array.from(normal));
  });

  it('falls back to raw maps without validation crops', () => {
    const { model } = fixture();
    const bare = { ...model, validation: { ssim: new Float32Array(0), l2: new Float32Array(0) } };
    expect(scoredMaps(bare, 'ssim', 'position', SIZE).test).toBe(model.test.ssim);
  });
});

describe('inspectionTable scoring', () => {
  it('is position scoring by default and lifts a defect that is only as bright as the borders above every normal pixel', () => {
    const { data, model } = fixture();
    const raw = inspectionTable(data, { models: { ssim: model } }, 'raw')!;
    const position = inspectionTable(data, { models: { ssim: model } })!;
    expect(DEFAULT_SCORING).toBe('position');
    // Raw: 391 normal pixels at 0.1 below the defect's 0.4 and 120 border pixels tied with it.
    expect(raw.overall.ssim.pixelAuroc).toBeCloseTo((391 + 0.5 * 120) / 511, 6);
    expect(position.overall.ssim.pixelAuroc).toBe(1);
  });
});
