import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { SETTINGS } from './params';
import { aroundSpeed, embeddedImages, runImages } from './speed';

const p = defaultsOf(SETTINGS);

describe('the metric-learning lesson’s images around the epochs', () => {
  it('counts the defaults’ images before any are loaded: 2,000 normals + 8 × 300 references, 2 × 1,000 test and 600 held out', () => {
    expect(runImages(p, null)).toEqual({ train: 4400, fit: 2000, query: 2600 });
    // Each of 3 models embeds the training images (batch norm), the fit set and the scored images; the first model the training images once more.
    expect(embeddedImages(3, runImages(p, null))).toBe(3 * (4400 + 2000 + 2600) + 4400);
  });

  it('counts all normals (5,400 a class) without a cap, never more than there are, and the textures’ crops', () => {
    expect(runImages({ ...p, maxTrain: 0, referencePerClass: 0 }, null)).toEqual({ train: 5400, fit: 5400, query: 2600 });
    expect(runImages({ ...p, maxTrain: 6000, normal: [7], reference: [0] }, null)).toEqual({ train: 5700, fit: 5400, query: 2600 });
    expect(runImages({ ...p, source: 'texture', texture: 'grass', maxTrain: 500, referencePerClass: 10 }, null)).toEqual({ train: 540, fit: 500, query: 600 });
  });

  it('counts the loaded images when there are some', () => {
    const data = { size: 2, trainClasses: Int32Array.from([0, 0, 0, 1, 2]), validation: new Float32Array(2 * 4), testLabels: new Uint8Array(7) };
    expect(runImages(p, data)).toEqual({ train: 5, fit: 3, query: 9 });
  });

  it('estimates the defaults’ time around the epochs at 1.5 s + 0.35 ms an image before any measurement, then from what was measured', () => {
    const images = embeddedImages(3, runImages(p, null));
    expect(aroundSpeed.estimate(images, {}, null).seconds).toBeCloseTo(1.5 + 3.5e-4 * 31400, 9);
    expect(aroundSpeed.estimate(images, { wasm: [[images, 30]] }, 'wasm').seconds).toBeCloseTo(30, 9);
  });
});
