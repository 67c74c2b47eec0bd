import { describe, expect, it } from 'vitest';
import { scaleLayout } from './chart-layout';

describe('scaleLayout', () => {
  it('scales every font size and the margins, nothing else', () => {
    const layout = { font: { size: 12, color: 'red' }, margin: { l: 50, t: 40, pad: 0 }, title: { text: 'x', font: { size: 14 } }, annotations: [{ text: 'a', font: { size: 11 }, x: 3 }], xaxis: { range: [0, 1] } };
    expect(scaleLayout(layout, 1.5)).toEqual({ font: { size: 18, color: 'red' }, margin: { l: 75, t: 60, pad: 0 }, title: { text: 'x', font: { size: 21 } }, annotations: [{ text: 'a', font: { size: 17 }, x: 3 }], xaxis: { range: [0, 1] } });
    expect(scaleLayout(layout, 1)).toBe(layout);
  });
});
