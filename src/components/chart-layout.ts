import { palette } from './palette';

export const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Compact, transparent default layout; `fg` is the resolved text colour (light/dark). */
export function defaultLayout(fg: string): Record<string, unknown> {
  const axisDefaults = {
    gridcolor: palette.grid,
    linecolor: palette.grid,
    zerolinecolor: palette.grid,
    automargin: true,
    title: { font: { size: 12 } },
  };
  return {
    autosize: true,
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    margin: { l: 52, r: 16, t: 40, b: 44, pad: 0 },
    font: { family: SYSTEM_FONT, size: 12, color: fg },
    title: { font: { size: 14 }, x: 0.02, xanchor: 'left' },
    hoverlabel: { font: { family: SYSTEM_FONT } },
    legend: { bgcolor: 'rgba(0,0,0,0)', font: { size: 11 } },
    xaxis: axisDefaults,
    yaxis: axisDefaults,
    modebar: { bgcolor: 'rgba(0,0,0,0)', color: fg, activecolor: palette.threshold },
    uirevision: 'keep',
  };
}

/** `responsive` is off: PlotlyChart resizes via a ResizeObserver on its container instead. */
export const defaultConfig: Record<string, unknown> = {
  displaylogo: false,
  responsive: false,
  displayModeBar: 'hover',
  modeBarButtonsToRemove: ['lasso2d', 'select2d', 'toImage'],
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Recursive merge of plain objects (arrays and typed arrays are replaced, never merged). */
export function mergeLayout<T extends Record<string, unknown>>(base: T, override: Record<string, unknown> | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? mergeLayout(prev, value) : value;
  }
  return out as T;
}
