import { describe, expect, it } from 'vitest';
import { decadeTicks, epochAxis, logCountTicks } from './common';

describe('decadeTicks', () => {
  it('gives 1, 2 and 5 of each decade over up to three decades, each labelled in full', () => {
    expect(decadeTicks(0, Math.log10(300))).toEqual({ values: [1, 2, 5, 10, 20, 50, 100, 200], labels: ['1', '2', '5', '10', '20', '50', '100', '200'] });
    expect(decadeTicks(-1.5, 0.5).labels).toEqual(['0.05', '0.1', '0.2', '0.5', '1', '2']);
  });

  it('keeps only the powers of ten over more than three decades', () => {
    expect(decadeTicks(-2, 2).values).toEqual([0.01, 0.1, 1, 10, 100]);
  });
});

describe('logCountTicks', () => {
  it('runs from 1 to just over the largest count, and gives nothing when every count is 0', () => {
    expect(logCountTicks(150)).toEqual({ tickvals: [1, 2, 5, 10, 20, 50, 100, 200], ticktext: ['1', '2', '5', '10', '20', '50', '100', '200'] });
    expect(logCountTicks(0)).toEqual({});
  });
});

describe('epochAxis', () => {
  it('ticks every whole epoch of a short run and leaves longer runs to Plotly, in whole numbers', () => {
    expect(epochAxis('Epoch', 1)).toMatchObject({ tickformat: 'd', dtick: 1, range: [0.5, 1.5] });
    expect(epochAxis('Epoch', 40)).toMatchObject({ tickformat: 'd' });
    expect(epochAxis('Epoch', 40).dtick).toBeUndefined();
  });
});
