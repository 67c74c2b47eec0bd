import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImageGrid } from './image-grid';
import { maskOutlinePath } from './mask-outline';

const grid = { image: (r: string, c: string) => `${r} of ${c}`, example: (id: string | number) => `example ${id}`, colourScale: () => '', region: 'Images', scrolls: (n: string) => n, scrollHint: '' };

describe('mask outline', () => {
  it('traces every edge between mask and background, borders included', () => {
    // A 2×1 bar in a 3×3 image: 2 top, 2 bottom, 1 left and 1 right edges.
    const mask = [0, 0, 0, 1, 1, 0, 0, 0, 0];
    expect(maskOutlinePath(mask, 3, 3)).toBe('M0 1h1M0 2h1M0 1v1M1 1h1M1 2h1M2 1v1');
    expect(maskOutlinePath([1], 1, 1)).toBe('M0 0h1M0 1h1M0 0v1M1 0v1');
    expect(maskOutlinePath([0, 0, 0, 0], 2, 2)).toBe('');
  });

  it('is drawn over the images of the outlined rows only', () => {
    const img = new Float32Array(4);
    const { container } = render(
      <ImageGrid columns={[{ id: 0, images: [img, img], outline: [1, 0, 0, 0] }, { id: 1, images: [img, img] }]} width={2} height={2} rowLabels={['a', 'b']} outlineRows={[1]} text={grid} />,
    );
    const outlines = container.querySelectorAll('.al-outline path');
    expect(outlines).toHaveLength(1);
    expect(outlines[0].closest('tr')?.textContent).toContain('b');
  });
});
