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
  // Zoom, pan and reset are enough: fewer buttons, and the modebar is one keyboard stop anyway (chart-toolbar.ts).
  modeBarButtonsToRemove: ['lasso2d', 'select2d', 'toImage', 'zoomIn2d', 'zoomOut2d', 'autoScale2d'],
};

/**
 * `layout` with every font size and the margins multiplied by `k` (presenter
 * mode draws charts larger, read from the back of a room). `k === 1` returns it unchanged.
 */
export function scaleLayout<T extends Record<string, unknown>>(layout: T, k: number): T {
  if (!(k > 0) || k === 1) return layout;
  const walk = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k2, x] of Object.entries(v)) {
      const scalable = (key === 'font' && k2 === 'size') || (key === 'margin' && k2 !== 'pad' && k2 !== 'autoexpand');
      out[k2] = scalable && typeof x === 'number' ? Math.round(x * k) : walk(x, k2);
    }
    return out;
  };
  return walk(layout, '') as T;
}

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
