import { describe, expect, it } from 'vitest';
import { buildClassMetricData } from './metric-learning-data';

const rows = (cls: number, n: number) => Uint8Array.from({ length: n * 784 }, (_, i) => (cls * 20 + Math.floor(i / 784)) % 256);

describe('buildClassMetricData', () => {
  const train = new Map([0, 1, 2].map((c) => [c, rows(c, 10)]));
  const test = new Map([0, 2].map((c) => [c, rows(c, 4)]));
  const spec = { kind: 'fashion' as const, normal: [0], anomaly: [2], reference: [1], referencePerClass: 3 };

  it('puts normals first (a tenth held out), then the reference images, and tests normals then anomalies', () => {
    const d = buildClassMetricData(train, test, spec, { seed: 1 });
    expect(Array.from(d.trainClasses)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(d.validation.length / 784).toBe(1);
    expect(Array.from(d.testLabels)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(d.testX[4 * 784]).toBeCloseTo(40 / 255, 6);
    expect(d.trainX[9 * 784]).toBeGreaterThanOrEqual(20 / 255);
    expect(d.classNames).toEqual(['0', '1']);
    const fromTrain = new Set([...Array(9).keys()].map((i) => Math.round(d.trainX[i * 784] * 255)));
    fromTrain.add(Math.round(d.validation[0] * 255));
    expect(fromTrain.size).toBe(10);
  });

  it('caps the normals and refuses overlapping classes', () => {
    expect(buildClassMetricData(train, test, spec, { seed: 1, maxNormalTrain: 4 }).trainClasses.length).toBe(7);
    expect(() => buildClassMetricData(train, test, { ...spec, reference: [2] }, { seed: 1 })).toThrow('class-overlap');
  });
});
