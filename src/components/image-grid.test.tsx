import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ImageGrid, resolveVmax, type ImageColumn } from './image-grid';
import { CHART_TEXT } from '../i18n/chart-text';

const T = CHART_TEXT.en.grid;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const col = (id: number, title: string, diff: number[]): ImageColumn => ({
  id,
  title,
  caption: `score ${id}`,
  images: [new Float32Array([0, 0.5, 1, 0]), new Float32Array([0, 0.5, 1, 0]), new Float32Array(diff)],
});
const columns = [col(1, 'digit 7', [0, 0.25, 0.5, 0]), col(2, 'digit 2', [0, 0.1, 0.2, 0.3])];
const rowLabels = ['original', 'reconstruction', '|difference|'];

function fakeContext() {
  const drawn: Uint8ClampedArray[] = [];
  const ctx = {
    createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: (img: { data: Uint8ClampedArray }) => drawn.push(img.data),
  };
  const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext') as unknown as { mockReturnValue(v: unknown): void };
  getContext.mockReturnValue(ctx);
  return drawn;
}

describe('resolveVmax', () => {
  it("uses the row's shared max for 'auto', 1 by default", () => {
    expect(resolveVmax(columns, 3, [undefined, 2, 'auto'])).toEqual([1, 2, 0.5]);
  });
});

describe('ImageGrid', () => {
  it('draws one pixelated canvas per image with the row colormap and shared vmax', () => {
    const drawn = fakeContext();
    render(<ImageGrid columns={columns} width={2} height={2} rowLabels={rowLabels} colormaps={['gray', 'gray', 'heat']} vmax={[1, 1, 'auto']} scale={5} text={T} />);
    const canvases = screen.getAllByRole('img').filter((el) => el.tagName === 'CANVAS') as HTMLCanvasElement[];
    expect(canvases).toHaveLength(6);
    expect(screen.getByRole('img', { name: 'colour scale 0 to 0.50' })).toBeTruthy();
    expect(canvases[0].width).toBe(2);
    expect(canvases[0].style.width).toBe('10px');
    expect(canvases.map((c) => c.getAttribute('aria-label')).slice(0, 2)).toEqual(['original of digit 7', 'original of digit 2']);
    expect(drawn).toHaveLength(6);
    expect(Array.from(drawn[0].slice(4, 8))).toEqual([128, 128, 128, 255]);
    const diff7 = drawn[4];
    expect(Array.from(diff7.slice(0, 4))).toEqual([0, 0, 0, 255]);
    expect(Array.from(diff7.slice(8, 12))).toEqual([252, 255, 164, 255]);
    expect(Array.from(drawn[5].slice(8, 12))).not.toEqual([252, 255, 164, 255]);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['original', 'reconstruction', '|difference|00.50']);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['digit 7', 'digit 2']);
    expect(screen.getByText('score 2')).toBeTruthy();
  });

  it('survives a missing 2D context (jsdom, no canvas)', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<ImageGrid columns={columns} width={2} height={2} rowLabels={rowLabels} text={T} />);
    expect(screen.getAllByRole('img')).toHaveLength(6);
  });

  it('reads a rescaled row from its own range, and gives unlabelled rows no empty headers', () => {
    fakeContext();
    const { unmount } = render(<ImageGrid columns={columns} width={2} height={2} rowLabels={rowLabels} colormaps={['gray', 'gray', 'heat']} scaleRange={[undefined, undefined, [-6, 0]]} text={T} />);
    expect(screen.getByRole('img', { name: 'colour scale −6 to 0' }).textContent).toBe('−60');
    unmount();
    render(<ImageGrid columns={columns} width={2} height={2} rowLabels={['', '', '']} text={T} />);
    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getAllByRole('img').map((c) => c.getAttribute('aria-label')).slice(0, 2)).toEqual(['digit 7', 'digit 2']);
  });
});
