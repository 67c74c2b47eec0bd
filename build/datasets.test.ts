import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetManifest, loadClass, splitFashionJson } from './datasets';

const row = (v: number): number[] => new Array(784).fill(v);
const file = (rows: unknown[]): Uint8Array => new TextEncoder().encode(JSON.stringify({ data: rows }));

describe('splitFashionJson', () => {
  it('skips rows without exactly 784 values and splits the valid ones in order', () => {
    const rows = [row(1), [], row(2), row(3).slice(1), row(3), [...row(9), 9], row(4)];
    const { train, test } = splitFashionJson(file(rows), 0, 2);
    expect(train.length).toBe(2 * 784);
    expect([train[0], train[783], train[784]]).toEqual([1, 1, 2]);
    expect(test.length).toBe(2 * 784);
    expect([test[0], test[784], test[2 * 784 - 1]]).toEqual([3, 4, 4]);
  });

  it('accepts JSON whitespace', () => {
    const text = JSON.stringify({ data: [row(5), row(6)] }, null, 2);
    const { train, test } = splitFashionJson(new TextEncoder().encode(text + '\n'), 1, 1);
    expect([train[783], test[0], test.length]).toEqual([5, 6, 784]);
  });

  it('rejects pixels outside integer 0..255, bad structure and too few rows', () => {
    const bad = row(0);
    bad[5] = 256;
    expect(() => splitFashionJson(file([row(0), bad]), 3, 1)).toThrow(/class 3: row 1 value 5 is not an integer 0..255 at byte/);
    for (const v of [0.5, -1, 1e300, null, '7']) {
      bad[5] = v as number;
      expect(() => splitFashionJson(file([bad, row(0)]), 3, 1)).toThrow(/row 0 value 5 is not an integer 0..255/);
    }
    expect(() => splitFashionJson(file([row(0), []]), 3, 1)).toThrow(/class 3 has 1 valid rows, need more than 1/);
    expect(() => splitFashionJson(new TextEncoder().encode('{"rows":[]}'), 3, 1)).toThrow(/expected "\\"data\\"" at byte 2/);
    expect(() => splitFashionJson(new TextEncoder().encode('{"data":[[1,2]'), 3, 1)).toThrow(/expected "," or "]"/);
    expect(() => splitFashionJson(new TextEncoder().encode('{"data":[]}x'), 3, 1)).toThrow(/trailing data/);
  });
});

describe('MNIST', () => {
  it('has the official class counts', async () => {
    expect((await loadClass('mnist', 'train', 1)).length).toBe(6742 * 784);
    expect((await loadClass('mnist', 'test', 1)).length).toBe(1135 * 784);
    expect((await loadClass('mnist', 'test', 9)).length).toBe(1009 * 784);
    const manifest = await datasetManifest('mnist');
    expect(manifest.counts.train).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
    expect(manifest.counts.test).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    expect(manifest.classNames[7]).toBe('7');
  });

  it('memoises and keeps real pixel values', async () => {
    const a = await loadClass('mnist', 'test', 9);
    expect(await loadClass('mnist', 'test', 9)).toBe(a);
    expect(Math.max(...a.subarray(0, 784))).toBe(255);
    expect(a.some((v) => v > 0 && v < 255)).toBe(true);
  });

  it('rejects unknown names', async () => {
    await expect(loadClass('mnist', 'train', 10)).rejects.toThrow(/expected mnist\|fashion, train\|test, 0..9/);
    await expect(loadClass('cifar' as 'mnist', 'train', 1)).rejects.toThrow(/Unknown dataset class/);
  });
});

describe('Fashion-MNIST', () => {
  it('splits 6000 train / 1000 test per class, skipping the two empty rows of class 0', async () => {
    const manifest = await datasetManifest('fashion');
    expect(manifest.counts.train).toEqual(new Array(10).fill(6000));
    expect(manifest.counts.test).toEqual(new Array(10).fill(1000));
    expect(manifest.classNames).toEqual(['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']);
    expect(manifest.source).toMatch(/first 6000 rows with exactly 784 values are train/);
  });

  it('matches JSON.parse of the package file exactly, in file order', async () => {
    const path = join(dirname(createRequire(import.meta.url).resolve('fashion-mnist/package.json')), 'src/clothes/0.json');
    const raw = (JSON.parse(await readFile(path, 'utf8')) as { data: number[][] }).data;
    expect(raw[1000]).toEqual([]);
    const valid = raw.filter((r) => r.length === 784);
    expect(valid).toHaveLength(7000);
    const train = await loadClass('fashion', 'train', 0);
    const test = await loadClass('fashion', 'test', 0);
    const expected = new Uint8Array(7000 * 784);
    valid.forEach((r, k) => expected.set(r, k * 784));
    expect(Buffer.from(train).equals(Buffer.from(expected.subarray(0, 6000 * 784)))).toBe(true);
    expect(Buffer.from(test).equals(Buffer.from(expected.subarray(6000 * 784)))).toBe(true);
    expect(Array.from(train.subarray(1000 * 784, 1001 * 784))).toEqual(raw[1001]);
    let max = 0;
    for (const r of raw) for (const v of r) if (v > max) max = v;
    expect(max).toBe(255);
  });
});
