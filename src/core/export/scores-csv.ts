/** One test sample for the scores CSV. */
export interface ScoreCsvRow {
  id: string | number;
  /** 1 = anomaly, 0 = normal. */
  label: number;
  score: number;
  /** 1 = flagged as an anomaly at the threshold. */
  prediction: number;
}

function cell(v: string | number): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV with the header `id,label,score,prediction` (RFC 4180 quoting, `\n` line ends, full float precision). */
export function scoresCsv(rows: readonly ScoreCsvRow[]): string {
  const lines = ['id,label,score,prediction'];
  for (const r of rows) lines.push([cell(r.id), cell(r.label), cell(r.score), cell(r.prediction)].join(','));
  return `${lines.join('\n')}\n`;
}
