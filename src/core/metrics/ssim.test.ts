import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/ssim-fixtures.json';
import { ssim, ssimComponents, ssimProblem, ssimWindow, type SsimOptions } from './ssim';

/** The fixture variants as our options (scikit-image's keyword arguments). */
const VARIANTS: Record<string, SsimOptions> = {
  uniform7: { winSize: 7, sampleCovariance: true },
  uniform11: { winSize: 11, sampleCovariance: true },
  gaussian: { gaussian: true, sigma: 1.5, sampleCovariance: false },
};

const toImage = (q: number[]) => Float32Array.from(q, (v) => v / fixtures.scale);

describe('ssim against scikit-image structural_similarity', () => {
  for (const img of fixtures.images) {
    const a = toImage(img.a);
    for (const c of img.cases) {
      const b = toImage(c.b);
      for (const [variant, options] of Object.entries(VARIANTS)) {
        it(`${c.name}, ${variant}: mean and full map to 1e-5`, () => {
          const ref = (c.ssim as Record<string, { mean: number; map: number[] }>)[variant];
          const got = ssim(a, b, img.height, img.width, options);
          expect(Math.abs(got.mean - ref.mean)).toBeLessThan(1e-5);
          expect(got.map.length).toBe(ref.map.length);
          let worst = 0;
          for (let i = 0; i < ref.map.length; i++) worst = Math.max(worst, Math.abs(got.map[i] - ref.map[i] / fixtures.mapScale));
          expect(worst).toBeLessThan(1e-5);
        });
      }
    }
  }

  it('the fixtures cover pairs SSIM tells apart (a brightness shift scores higher than noise)', () => {
    const means = Object.fromEntries(fixtures.images[0].cases.map((c) => [c.name.split('-')[0], c.ssim.uniform7.mean]));
    expect(means.brightness).toBeGreaterThan(means.noise);
    expect(means.noise).toBeLessThan(0.95);
  });
});

describe('ssim components', () => {
  const img = fixtures.images[1];
  const a = toImage(img.a);
  it('luminance · contrast · structure equals the SSIM map (C3 = C2/2), and each term is in range', () => {
    for (const c of img.cases) {
      const b = toImage(c.b);
      for (const options of Object.values(VARIANTS)) {
        const r = ssimComponents(a, b, img.height, img.width, options);
        let worst = 0;
        for (let i = 0; i < r.map.length; i++) worst = Math.max(worst, Math.abs(r.luminance[i] * r.contrast[i] * r.structure[i] - r.map[i]));
        expect(worst).toBeLessThan(1e-6);
        expect(Math.min(...r.luminance)).toBeGreaterThan(0);
        expect(Math.max(...r.luminance, ...r.contrast, ...r.structure.map(Math.abs))).toBeLessThanOrEqual(1 + 1e-6);
        expect(r.mean).toBeCloseTo(ssim(a, b, img.height, img.width, options).mean, 12);
      }
    }
  });

  it('a brightness shift lowers luminance only; a blur lowers contrast, not luminance', () => {
    const byKind = Object.fromEntries(img.cases.map((c) => [c.name.split('-')[0], ssimComponents(a, toImage(c.b), img.height, img.width)]));
    const mean = (x: Float32Array) => x.reduce((s, v) => s + v, 0) / x.length;
    expect(mean(byKind.brightness.luminance)).toBeLessThan(0.99);
    expect(mean(byKind.brightness.structure)).toBeGreaterThan(0.99);
    expect(mean(byKind.blur.luminance)).toBeGreaterThan(0.999);
    expect(mean(byKind.blur.contrast)).toBeLessThan(mean(byKind.brightness.contrast));
  });
});

describe('ssim basics', () => {
  it('is 1 for identical images and symmetric', () => {
    const a = Float32Array.from({ length: 100 }, (_, i) => ((i * 37) % 11) / 11);
    const b = Float32Array.from({ length: 100 }, (_, i) => ((i * 13) % 7) / 7);
    const same = ssim(a, a, 10, 10);
    expect(same.mean).toBeCloseTo(1, 12);
    expect(Math.min(...same.map)).toBeCloseTo(1, 6);
    expect(ssim(a, b, 10, 10).mean).toBeCloseTo(ssim(b, a, 10, 10).mean, 12);
  });

  it('uses an 11-tap normalised Gaussian for σ = 1.5 and 1/win taps otherwise', () => {
    const g = ssimWindow({ gaussian: true });
    expect(g.winSize).toBe(11);
    expect(g.weights.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(g.weights[5] / g.weights[4]).toBeCloseTo(Math.exp(0.5 / 2.25), 12);
    expect(ssimWindow({ winSize: 5 }).weights[0]).toBe(0.2);
  });

  it('reports bad requests as codes', () => {
    const a = new Float32Array(36);
    expect(ssimProblem(a, new Float32Array(35), 6, 6)?.code).toBe('ssim-size');
    expect(ssimProblem(a, a, 6, 6, { winSize: 4 })?.code).toBe('ssim-window');
    expect(ssimProblem(a, a, 6, 6)?.code).toBe('ssim-window-too-large');
    expect(ssimProblem(a, a, 6, 6, { winSize: 5, dataRange: 0 })?.code).toBe('ssim-parameter');
    expect(() => ssim(a, a, 6, 6)).toThrow('ssim-window-too-large');
  });
});
