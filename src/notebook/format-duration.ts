import type { Lang } from '../i18n/lang';

const UNITS: Record<Lang, { s: string; min: string; h: string }> = {
  en: { s: 's', min: 'min', h: 'h' },
  ja: { s: '秒', min: '分', h: '時間' },
};

/** A duration as "45 s", "3 min 20 s" or "1 h 5 min" (ja: "45 秒", "3 分 20 秒", "1 時間 5 分"); '—' when unknown. */
export function formatDuration(seconds: number, lang: Lang = 'en'): string {
  const u = UNITS[lang];
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} ${u.s}`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} ${u.min} ${Math.round(seconds - m * 60)} ${u.s}`;
  return `${Math.floor(m / 60)} ${u.h} ${m % 60} ${u.min}`;
}

/**
 * A short duration such as the time of one epoch: under 10 s to a tenth of a second ("0.4 s",
 * "2.5 s", a whole number without its ".0": "2 s"; at least "0.1 s"), else as `formatDuration`.
 * A run's total, rounded to whole seconds, then reads as about the epochs times this.
 */
export function formatShortDuration(seconds: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(seconds) || seconds < 0 || seconds >= 9.95) return formatDuration(seconds, lang);
  const tenths = Math.max(1, Math.round(seconds * 10));
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} ${UNITS[lang].s}`;
}
