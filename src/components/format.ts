/** Compact, stable number formatting for badges, labels and hover text. */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 10 ** -digits || abs >= 1e5)) return value.toExponential(Math.max(1, digits - 1));
  return value.toFixed(digits);
}

/** Fraction in [0,1] → "12.3%"; `—` when undefined (e.g. an empty row). */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/**
 * Decimals that show a threshold on the score range [min, max] to about a
 * thousandth of the range (0–8): 1 for scores from 164 to 311, 3 for 0–1.
 * Every readout of one threshold (slider, histogram label, summaries) uses it,
 * so the same threshold reads as the same number everywhere. 3 for an empty or
 * non-finite range.
 */
export function thresholdDigits(min: number, max: number): number {
  const span = max - min;
  if (!Number.isFinite(span) || !(span > 0)) return 3;
  return Math.min(8, Math.max(0, Math.ceil(3 - Math.log10(span) - 1e-9)));
}

/** A threshold with `digits` decimals ("310.6"); `—` when it is not finite. */
export function formatThreshold(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(digits);
}

/** `value` rounded to `digits` decimals, i.e. the number `formatThreshold` shows. */
export function roundToDigits(value: number, digits: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
}
