import { describe, expect, it } from 'vitest';
import { BRIGHTNESS_ONLY_KINDS, DEFECT_EFFECTS, DEFECT_KINDS, STRUCTURE_ONLY_KINDS, isDefectKind } from './defect-kinds';

describe('defect kinds', () => {
  it('lists which kinds change only structure and which only brightness', () => {
    expect(STRUCTURE_ONLY_KINDS).toEqual(['scratch-paired', 'contamination', 'fold']);
    expect(BRIGHTNESS_ONLY_KINDS).toEqual(['stain']);
    expect(DEFECT_KINDS.filter((k) => DEFECT_EFFECTS[k].contrast === 'kept')).toEqual(['stain', 'contamination', 'fold']);
    expect(DEFECT_KINDS.every((k) => (DEFECT_EFFECTS[k].mean === 'kept') === (DEFECT_EFFECTS[k].brightness === 0))).toBe(true);
  });

  it('recognises kind names', () => {
    expect(DEFECT_KINDS.every(isDefectKind)).toBe(true);
    expect([isDefectKind('crack'), isDefectKind(3)]).toEqual([false, false]);
  });
});
