import { memo, useMemo } from 'react';

/**
 * The boundary of a binary H×W mask as one SVG path in pixel units: every
 * edge between a mask pixel and a non-mask pixel (or the border).
 */
export function maskOutlinePath(mask: ArrayLike<number>, width: number, height: number): string {
  const on = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x] > 0;
  const parts: string[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!on(x, y)) continue;
      if (!on(x, y - 1)) parts.push(`M${x} ${y}h1`);
      if (!on(x, y + 1)) parts.push(`M${x} ${y + 1}h1`);
      if (!on(x - 1, y)) parts.push(`M${x} ${y}v1`);
      if (!on(x + 1, y)) parts.push(`M${x + 1} ${y}v1`);
    }
  }
  return parts.join('');
}

/** A mask's outline drawn over an image of the same size (absolutely placed; the parent is `position: relative`). */
export const MaskOutline = memo(function MaskOutline({ mask, width, height }: { mask: ArrayLike<number>; width: number; height: number }) {
  const d = useMemo(() => maskOutlinePath(mask, width, height), [mask, width, height]);
  return (
    <svg className="al-outline" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      <path d={d} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
