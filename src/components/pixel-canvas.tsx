import { memo, useLayoutEffect, useRef } from 'react';
import { toRgba, type Colormap } from './colormap';

export interface PixelCanvasProps {
  pixels: ArrayLike<number>;
  width: number;
  height: number;
  colormap: Colormap;
  vmax?: number;
  /** CSS pixels per image pixel. */
  scale: number;
  label: string;
}

/** One H×W image on a canvas at native resolution, scaled up crisply by CSS. */
export const PixelCanvas = memo(function PixelCanvas({ pixels, width, height, colormap, vmax, scale, label }: PixelCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(width, height);
    const rgba = toRgba(pixels, colormap, vmax);
    image.data.set(rgba.length > image.data.length ? rgba.subarray(0, image.data.length) : rgba);
    ctx.putImageData(image, 0, 0);
  }, [pixels, width, height, colormap, vmax]);

  return (
    <canvas
      ref={ref}
      className="al-pixels"
      width={width}
      height={height}
      style={{ width: width * scale, height: height * scale }}
      role="img"
      aria-label={label}
    />
  );
});
