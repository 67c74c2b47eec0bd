import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { PlotlyClickEvent, PlotlyStatic } from 'plotly.js-basic-dist-min';
import { ChartDownload, chartFileName } from './chart-download';
import { defaultConfig, defaultLayout, mergeLayout, scaleLayout } from './chart-layout';
import { makeToolbarRoving } from './chart-toolbar';
import type { ChartText } from './chart-text';
import { cancelFrame, cancelQueuedFrame, nextFrame, queueFrame } from './frame';
import { useThemeKey } from './use-theme-key';
import type { Layout, Trace } from './figures/types';
import './components.css';

/** The name under which each chart gets the page language's Plotly words (`text.plotly`). */
const PAGE_LOCALE = 'page';

export interface ChartPoint {
  x: number | string;
  y: number | string;
  curveNumber: number;
  pointIndex: number;
  traceName?: string;
}

export interface PlotlyChartProps {
  data: readonly Trace[];
  layout?: Layout;
  config?: Record<string, unknown>;
  /** Accessible name of the figure (also shown in the loading placeholder). */
  'aria-label': string;
  /** Optional visible caption under the chart. */
  caption?: ReactNode;
  /** What the chart shows, in one sentence that updates with it (read by screen readers as its description). */
  summary?: string;
  onClick?: (point: ChartPoint) => void;
  /** CSS pixel height of the plot area. */
  height?: number;
  className?: string;
  /** Words of the placeholder shown while Plotly loads or when it fails. */
  text: ChartText['chart'];
}

let plotlyPromise: Promise<PlotlyStatic> | null = null;

/** Loads Plotly once, as its own chunk, the first time any chart mounts. */
export function loadPlotly(): Promise<PlotlyStatic> {
  plotlyPromise ??= import('plotly.js-basic-dist-min').then(
    (mod) => (mod as { default?: PlotlyStatic }).default ?? (mod as unknown as PlotlyStatic),
    (err: unknown) => {
      plotlyPromise = null;
      throw err;
    },
  );
  return plotlyPromise;
}

type Status = 'loading' | 'ready' | 'error';

function toPoint(event: PlotlyClickEvent): ChartPoint | null {
  const p = event.points[0];
  if (!p) return null;
  return { x: p.x, y: p.y, curveNumber: p.curveNumber, pointIndex: p.pointIndex ?? p.pointNumber ?? 0, traceName: p.data?.name };
}

/** The one Plotly wrapper: lazy load, `Plotly.react` (≤ one chart per frame across the page), resize, purge. */
export function PlotlyChart(props: PlotlyChartProps) {
  const { data, layout, config, caption, summary, onClick, height = 280, className, text } = props;
  const summaryId = useId();
  const label = props['aria-label'];
  const plotRef = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyStatic | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const themeKey = useThemeKey();
  const onClickRef = useRef(onClick);
  const drawn = useRef(false);

  useEffect(() => {
    onClickRef.current = onClick;
  });

  useEffect(() => {
    let alive = true;
    loadPlotly().then(
      (p) => alive && setPlotly(p),
      () => alive && setStatus('error'),
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const el = plotRef.current;
    if (!plotly || !el) return;
    const frame = queueFrame(() => {
      const style = getComputedStyle(el);
      const fg = style.color || '#444';
      // Presenter mode sets --al-chart-scale on the page: larger text, margins and plot height.
      const scale = Number.parseFloat(style.getPropertyValue('--al-chart-scale')) || 1;
      const fullLayout = scaleLayout(mergeLayout(defaultLayout(fg), layout), scale);
      let drawing: ReturnType<PlotlyStatic['react']>;
      try {
        drawing = plotly.react(el, data, fullLayout, { ...defaultConfig, locale: PAGE_LOCALE, locales: { [PAGE_LOCALE]: { dictionary: text.plotly } }, ...config });
      } catch {
        setStatus('error');
        return;
      }
      drawing.then(
        (gd) => {
          makeToolbarRoving(gd, label);
          if (!drawn.current) {
            drawn.current = true;
            gd.on?.('plotly_click', (event) => {
              const point = toPoint(event);
              if (point) onClickRef.current?.(point);
            });
          }
          setStatus('ready');
        },
        () => setStatus('error'),
      );
    });
    return () => cancelQueuedFrame(frame);
  }, [plotly, data, layout, config, themeKey, label, text.plotly]);

  useEffect(() => {
    const el = plotRef.current;
    if (!plotly || !el) return;
    let frame = 0;
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            cancelFrame(frame);
            frame = nextFrame(() => {
              if (drawn.current) Promise.resolve(plotly.Plots.resize(el)).catch(() => undefined);
            });
          })
        : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      cancelFrame(frame);
      plotly.purge(el);
      drawn.current = false;
    };
  }, [plotly]);

  return (
    <figure className={`al-c al-chart${className ? ` ${className}` : ''}`} aria-label={label} aria-busy={status === 'loading'} aria-describedby={summary ? summaryId : undefined}>
      <div className="al-chart__area" style={{ '--al-chart-height': `${height}px` } as CSSProperties}>
        <div ref={plotRef} className="al-chart__plot" data-status={status} />
        {status !== 'ready' && (
          <div className="al-chart__placeholder" role="status">
            {status === 'error' ? text.failed(label) : text.loading(label)}
          </div>
        )}
      </div>
      {status === 'ready' && plotly ? (
        <ChartDownload label={label} text={text} onDownload={(format) => plotRef.current && void plotly.downloadImage(plotRef.current, { format, filename: chartFileName(label), height, scale: format === 'png' ? 2 : 1 }).catch(() => undefined)} />
      ) : null}
      {summary ? (
        <p className="al-chart__summary" id={summaryId} data-testid="chart-summary">
          {summary}
        </p>
      ) : null}
      {caption && <figcaption className="al-chart__caption">{caption}</figcaption>}
    </figure>
  );
}
