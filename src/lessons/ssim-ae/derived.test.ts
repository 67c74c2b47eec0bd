import { describe, expect, it } from 'vitest';
import type { InspectionData } from '../../core/textures/inspection-data';
import { DEFAULT_SCORING, inspectionTable, scoredMaps } from './derived';
import type { ModelResult } from './state';

const SIZE = 10;
const AREA = SIZE * SIZE;
const CENTRE = 5 * SIZE + 5;

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
    const maps = scoredMaps(model, 'ssim', 'raw', AREA);
    expect(maps.test).toBe(model.test.ssim);
    expect(maps.validation).toBe(model.validation.ssim);
  });

  it('divides each pixel by the normal mean at that pixel: normal crops become 1, the defect 4', () => {
    const { model } = fixture();
    const maps = scoredMaps(model, 'l2', 'position', AREA);
    expect(Math.max(...maps.test.subarray(0, AREA))).toBeCloseTo(1, 6);
    expect(Math.min(...maps.test.subarray(0, AREA))).toBeCloseTo(1, 6);
    expect(maps.test[AREA + CENTRE]).toBeCloseTo(4, 6);
    expect(maps.validation[0]).toBeCloseTo(1, 6);
  });

  it('falls back to raw maps without validation crops', () => {
    const { model } = fixture();
    const bare = { ...model, validation: { ssim: new Float32Array(0), l2: new Float32Array(0) } };
    expect(scoredMaps(bare, 'ssim', 'position', AREA).test).toBe(model.test.ssim);
  });
});

describe('inspectionTable scoring', () => {
  it('is position scoring by default and lifts a defect that is only as bright as the borders above every normal pixel', () => {
    const { data, model } = fixture();
    const raw = inspectionTable(data, { models: { ssim: model } }, 'raw')!;
    const position = inspectionTable(data, { models: { ssim: model } })!;
    expect(DEFAULT_SCORING).toBe('position');
    // Raw: 127 normal pixels at 0.1 below the defect's 0.4 and 72 border pixels tied with it.
    expect(raw.overall.ssim.pixelAuroc).toBeCloseTo((127 + 0.5 * 72) / 199, 6);
    expect(position.overall.ssim.pixelAuroc).toBe(1);
  });
});
