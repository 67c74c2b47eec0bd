import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import {
  CLASS_NAMES,
  PIXELS_PER_IMAGE,
  assertManifest,
  classFilePath,
  manifestPath,
  parseDataPath,
  type DatasetManifest,
} from './dataset-files';

describe('dataset file layout', () => {
  it('builds class and manifest paths', () => {
    expect(classFilePath('mnist', 'train', 1)).toBe('data/mnist/train-1.u8');
    expect(classFilePath('fashion', 'test', 9)).toBe('data/fashion/test-9.u8');
    expect(manifestPath('fashion')).toBe('data/fashion/manifest.json');
    expect(() => classFilePath('mnist', 'train', 10)).toThrow(new ProblemError(problem('class-out-of-range', { cls: 10, max: 9 })));
    expect(() => classFilePath('mnist', 'train', 1.5)).toThrow(new ProblemError(problem('class-out-of-range', { cls: 1.5, max: 9 })));
  });

  it('parses exactly the paths it builds and nothing else', () => {
    expect(parseDataPath(classFilePath('fashion', 'train', 7))).toEqual({ kind: 'class', dataset: 'fashion', split: 'train', cls: 7 });
    expect(parseDataPath('data/mnist/manifest.json')).toEqual({ kind: 'manifest', dataset: 'mnist' });
    for (const bad of ['data/cifar/train-1.u8', 'data/mnist/valid-1.u8', 'data/mnist/train-10.u8', 'data/mnist/train-1.u8x', '/data/mnist/train-1.u8', 'data/cifar/manifest.json', 'data/mnist/']) {
      expect(parseDataPath(bad)).toBeNull();
    }
  });

  it('has 784-byte images and 10 names per dataset', () => {
    expect(PIXELS_PER_IMAGE).toBe(784);
    expect(CLASS_NAMES.fashion[0]).toBe('T-shirt/top');
    expect(CLASS_NAMES.fashion[9]).toBe('Ankle boot');
    expect(CLASS_NAMES.mnist).toHaveLength(10);
  });
});

describe('assertManifest', () => {
  const good: DatasetManifest = {
    dataset: 'mnist',
    imageSide: 28,
    classNames: [...CLASS_NAMES.mnist],
    counts: { train: new Array(10).fill(6000), test: new Array(10).fill(1000) },
    source: 'test',
  };

  it('accepts a well-formed manifest', () => {
    expect(assertManifest(JSON.parse(JSON.stringify(good)), 'mnist')).toEqual(good);
  });

  it('rejects wrong dataset, counts and shapes with a reason', () => {
    expect(() => assertManifest(good, 'fashion')).toThrow(/Invalid fashion manifest: dataset is "mnist"/);
    expect(() => assertManifest({ ...good, counts: { train: [1], test: good.counts.test } }, 'mnist')).toThrow(/counts.train/);
    expect(() => assertManifest('<!doctype html>', 'mnist')).toThrow(/not an object/);
    expect(() => assertManifest({ ...good, imageSide: 32 }, 'mnist')).toThrow(/imageSide is 32/);
  });
});
