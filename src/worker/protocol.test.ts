import { describe, expect, it } from 'vitest';
import { transferables } from './protocol';

describe('transferables', () => {
  it('finds each typed array buffer once, nested in objects and arrays', () => {
    const a = new Float32Array(4);
    const b = new Uint8Array(2);
    const shared = new Float32Array(a.buffer, 4, 2);
    const found = transferables({ x: a, deep: { list: [b, shared, 3, 'text'] }, n: 1 });
    expect(found).toHaveLength(2);
    expect(found).toContain(a.buffer);
    expect(found).toContain(b.buffer);
  });
});
