import { describe, expect, it } from 'vitest';
import { makeDivisible, mobileNetLayout } from './mobilenet-architecture';

describe('mobileNetLayout', () => {
  it('has MobileNetV2 1.0 at 224×224: 2,223,872 backbone weights with an RGB stem (576 fewer for one channel), ~300 M multiply–adds with the classifier', () => {
    const l = mobileNetLayout({ inputSize: 224, width: 1 });
    expect(l.params).toBe(2_223_872 - 576);
    const rgbStemExtra = 112 * 112 * 9 * 2 * 32;
    expect((l.macs + rgbStemExtra + 1280 * 1000) / 1e6).toBeCloseTo(300.8, 0);
    expect(l.blocks).toHaveLength(17);
    expect(l.blocks.filter((b) => b.residual)).toHaveLength(10);
  });

  it('width 0.5 on 28×28: channels rounded to multiples of 8, strides down to 1×1', () => {
    const l = mobileNetLayout({ inputSize: 28, width: 0.5 });
    expect(l.stemChannels).toBe(16);
    expect(l.blocks.map((b) => b.outChannels)).toEqual([8, 16, 16, 16, 16, 16, 32, 32, 32, 32, 48, 48, 48, 80, 80, 80, 160]);
    expect(l.blocks.map((b) => b.outSize)).toEqual([14, 7, 7, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
    expect(l.lastChannels).toBe(1280);
    expect(makeDivisible(12)).toBe(16);
    expect(makeDivisible(4)).toBe(8);
  });

  it('refuses inputs below 8 pixels and widths outside (0, 2]', () => {
    expect(() => mobileNetLayout({ inputSize: 7, width: 0.5 })).toThrow('mobilenet-config');
    expect(() => mobileNetLayout({ inputSize: 28, width: 0 })).toThrow('mobilenet-config');
  });
});
