/**
 * Okabe–Ito colour-blind-safe palette. Semantic names are used across every
 * chart so that "blue = normal, vermillion = anomaly, green = threshold" holds
 * everywhere in the notebook.
 */
export const palette = {
  normal: '#0072B2',
  anomaly: '#D55E00',
  threshold: '#009E73',
  accent: '#CC79A7',
  train: '#56B4E9',
  val: '#E69F00',
  chance: '#999999',
  grey: '#7F7F7F',
  grid: 'rgba(127, 127, 127, 0.22)',
} as const;

export type PaletteColor = keyof typeof palette;

/** `#RRGGBB` + alpha in [0,1] → `rgba(...)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
