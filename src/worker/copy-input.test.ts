import { describe, expect, it } from 'vitest';
import { COPY_CHUNK_BYTES, copyForTransfer } from './copy-input';

describe('copyForTransfer', () => {
  it('copies a small input at once, as a value, into buffers of its own', () => {
    const input = { x: new Float32Array([1, 2, 3]), n: 4, name: 'a' };
    const copy = copyForTransfer(input);
    if (copy instanceof Promise) throw new Error('expected a value');
    expect(copy).toEqual(input);
    expect(copy.x.buffer).not.toBe(input.x.buffer);
  });

  it('copies a large input a chunk per task: equal values, fresh buffers, one pause before each chunk', async () => {
    const big = new Float32Array((2.5 * COPY_CHUNK_BYTES) / 4).map((_, i) => i);
    const mask = Uint8Array.from([0, 1, 1]);
    const input = { train: big, nested: [{ mask, kinds: ['hole', 'stain'] }], seed: 7, when: new Date(0) };
    let pauses = 0;
    const copy = copyForTransfer(input, async () => {
      pauses++;
    });
    expect(copy).toBeInstanceOf(Promise);
    const c = await copy;
    expect(pauses).toBe(3);
    expect(c.train).toBeInstanceOf(Float32Array);
    expect(c.train.buffer).not.toBe(big.buffer);
    expect(c.train[0]).toBe(0);
    expect(c.train[big.length - 1]).toBe(big.length - 1);
    expect(c.train.every((v, i) => v === i)).toBe(true);
    expect(Array.from(c.nested[0].mask)).toEqual([0, 1, 1]);
    expect(c.nested[0].mask.buffer).not.toBe(mask.buffer);
    expect(c.nested[0].kinds).toEqual(['hole', 'stain']);
    expect(c.seed).toBe(7);
    expect(c.when.getTime()).toBe(0);
    expect(big[5]).toBe(5);
  });
});
