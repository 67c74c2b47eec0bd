import type { ChartText } from './chart-text';

/** Image formats a chart downloads as. */
export type ChartImageFormat = 'png' | 'svg';

/** A file name from a chart's label: letters and digits of any script, the rest as single dashes. */
export function chartFileName(label: string): string {
  const slug = label
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'chart';
}

/** "PNG" and "SVG" buttons under a chart; each downloads the chart as drawn (Plotly's `downloadImage`). */
export function ChartDownload({ label, text, onDownload }: { label: string; text: ChartText['chart']; onDownload(format: ChartImageFormat): void }) {
  return (
    <div className="al-chart__download">
      {(['png', 'svg'] as const).map((f) => (
        <button key={f} type="button" className="al-chart__download-btn" data-testid={`chart-download-${f}`} aria-label={text.download(label, f.toUpperCase())} title={text.download(label, f.toUpperCase())} onClick={() => onDownload(f)}>
          {f.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
