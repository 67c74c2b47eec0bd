import { describe, expect, it } from 'vitest';
import { otherClasses, toggleAnomaly, toggleClass, toggleNormal } from './class-selection';

describe('class selection', () => {
  it('toggles a class in a sorted list without touching the original', () => {
    const list = [1, 7];
    expect(toggleClass(list, 4)).toEqual([1, 4, 7]);
    expect(toggleClass(list, 7)).toEqual([1]);
    expect(list).toEqual([1, 7]);
  });

  it('a class made normal leaves the anomalies; anomalies toggle on their own', () => {
    expect(toggleNormal({ normal: [1], anomaly: [3, 9] }, 9)).toEqual({ normal: [1, 9], anomaly: [3] });
    expect(toggleNormal({ normal: [1, 9], anomaly: [3] }, 1)).toEqual({ normal: [9], anomaly: [3] });
    expect(toggleAnomaly({ normal: [1], anomaly: [9] }, 3)).toEqual({ anomaly: [3, 9] });
  });

  it('lists every class that is not normal', () => {
    expect(otherClasses([1])).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(otherClasses([0, 2], 4)).toEqual([1, 3]);
  });
});
