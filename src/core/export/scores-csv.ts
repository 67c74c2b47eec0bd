/** One test sample for the scores CSV. */
export interface ScoreCsvRow {
  id: string | number;
  /** 1 = anomaly, 0 = normal. */
  label: number;
  score: number;
  /** 1 = flagged as an anomaly at the threshold. */
  prediction: number;
  /** More columns after `prediction`, by header name (e.g. a defect kind); the first row's keys name them. */
  extra?: Record<string, string | number>;
}

function cell(v: string | number | undefined): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : (v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV with the header `id,label,score,prediction` and then the
 * first row's `extra` keys, if any (RFC 4180 quoting, `\n` line ends, full
 * float precision; a missing extra value is an empty field).
 */
export function scoresCsv(rows: readonly ScoreCsvRow[]): string {
  const extra = Object.keys(rows[0]?.extra ?? {});
  const lines = [['id', 'label', 'score', 'prediction', ...extra].map(cell).join(',')];
  for (const r of rows) lines.push([cell(r.id), cell(r.label), cell(r.score), cell(r.prediction), ...extra.map((k) => cell(r.extra?.[k]))].join(','));
  return `${lines.join('\n')}\n`;
}
