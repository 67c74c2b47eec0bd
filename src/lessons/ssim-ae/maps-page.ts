/** Test crops on one page of the Maps cell. */
export const MAPS_PAGE = 8;

/** The first defective crop (0 when there is none). */
function firstDefective(labels: ArrayLike<number>): number {
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) return i;
  return 0;
}

/**
 * The first test crop a page of the Maps cell shows. `offset` counts from the first defective crop,
 * so offset 0 (a new result, new data) opens on defects: the texture protocol puts its normal crops
 * first, and they stay reachable one "previous" at a time. It depends on the labels only, never on the
 * threshold. Clamped to [0, n − page] so that a page is full when there are enough crops.
 */
export function mapsPageStart(offset: number, labels: ArrayLike<number>, page = MAPS_PAGE): number {
  return Math.max(0, Math.min(firstDefective(labels) + offset, labels.length - page));
}

/** The `offset` that makes a page start at crop `from` (what the previous and next buttons set). */
export function mapsOffset(from: number, labels: ArrayLike<number>): number {
  return from - firstDefective(labels);
}
