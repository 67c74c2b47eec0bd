import { useLayoutEffect, useRef, useState } from 'react';
import { formatNumber } from './format';
import { palette } from './palette';
import type { LossCurveProps } from './loss-curve';
import { capitalize, withNote } from './chart-text';
import { lossSummary } from './chart-summary';
import { hasLoss, monitoredLoss, spikeThreshold } from './figures/loss';
import { useThemeKey } from './use-theme-key';
import { observeSize } from './observe-size';
import './components.css';

/** Room for the legend (top), the tick labels and axis titles (left, bottom). */
const PAD = { left: 70, right: 14, top: 34, bottom: 48 };
/** Markers are drawn up to this many epochs (a single epoch is then a visible point, not nothing). */
const MAX_MARKERS = 60;

/** The figure's drawn size: its CSS width, and `height` times the page's chart scale (presenter mode). */
function useDrawnSize(height: number): { ref: React.RefObject<HTMLElement | null>; width: number; height: number } {
  const ref = useRef<HTMLElement>(null);
  const themeKey = useThemeKey();
  const [size, setSize] = useState({ width: 600, scale: 1 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth > 0 ? el.clientWidth : 600;
      const scale = Number.parseFloat(getComputedStyle(el).getPropertyValue('--al-chart-scale')) || 1;
      setSize((s) => (s.width === width && s.scale === scale ? s : { width, scale }));
    };
    return observeSize([el], measure);
  }, [themeKey]);
  return { ref, width: size.width, height: Math.round(height * size.scale) };
}

/** Half the y range around a single value (the range is a tenth of a decade on a log axis, a tenth of the value on a linear one). */
const FLAT_PAD_DECADES = 0.05;
const FLAT_PAD_FRACTION = 0.05;

/**
 * The loss curve drawn as plain SVG, for use while training runs: an update
 * costs well under a millisecond, where a Plotly re-render costs 100–200 ms of
 * main-thread time (and the first one also loads Plotly). Same props, words and
 * accessible label as {@link LossCurve}: a legend, both axis titles, the best
 * epoch, and a text summary; no hover details. Drawn at its real pixel width, so
 * its text keeps the page's size (and grows with it in presenter mode).
 */
export function LiveLossCurve(props: LossCurveProps) {
  const { train, val, bestEpoch, logY = false, clipSpikes = false, height = 260, caption, text } = props;
  const { ref, width: W, height: H } = useDrawnSize(height);
  const raw = [Array.from(train), Array.from(val)];
  const cut = clipSpikes && !logY ? spikeThreshold(raw.flat()) : null;
  const ordinary = raw.flat().filter((v) => Number.isFinite(v) && (cut === null || v <= cut));
  const top = ordinary.length > 0 ? Math.max(...ordinary) : 0;
  // Spikes (clipSpikes) sit on the top edge instead of flattening the rest of the curve.
  const series = cut === null ? raw : raw.map((s) => s.map((v) => (v > cut ? top : v)));
  const shown = (v: number) => Number.isFinite(v) && (!logY || v > 0);
  const all = series.flat().filter(shown);
  const t = (v: number) => (logY ? Math.log10(v) : v);
  const low = all.length > 0 ? t(Math.min(...all)) : 0;
  const high = all.length > 0 ? t(Math.max(...all)) : 1;
  // One value (a single epoch's train loss): widen the axis around it so its two ticks differ.
  const pad = high > low ? 0 : logY ? FLAT_PAD_DECADES : Math.abs(high) * FLAT_PAD_FRACTION || FLAT_PAD_FRACTION;
  const lo = low - pad;
  const hi = high + pad;
  const span = hi - lo;
  const n = Math.max(train.length, val.length, 2);
  const x = (i: number) => PAD.left + (i / (n - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (t(v) - lo) / span) * (H - PAD.top - PAD.bottom);
  const points = (values: number[]) => values.flatMap((v, i) => (shown(v) ? [[x(i), y(v)] as const] : []));
  const path = (values: number[]) => points(values).map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const label = props['aria-label'];
  const best = bestEpoch !== undefined && bestEpoch !== null && bestEpoch >= 0 && bestEpoch < monitoredLoss(train, val).values.length ? bestEpoch : null;
  const markers = n <= MAX_MARKERS;
  const hasVal = hasLoss(val);
  const yTitle = capitalize(logY ? withNote(text.loss.loss, text.loss.log) : text.loss.loss);
  const legend = [
    { key: 'train', word: text.loss.train, color: palette.train, dash: undefined },
    ...(hasVal ? [{ key: 'val', word: text.loss.validation, color: palette.val, dash: '7 4' }] : []),
    ...(best !== null ? [{ key: 'best', word: text.loss.best(best + 1), color: palette.threshold, dash: '3 3' }] : []),
  ];
  return (
    <figure ref={ref} className="al-c al-chart al-loss-curve al-loss-curve--live" role="figure" aria-label={label}>
      <svg className="al-live-svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke={palette.grid} />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke={palette.grid} />
        {all.length > 0 && (
          <>
            <text className="al-live-svg__tick" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
              {formatNumber(logY ? 10 ** hi : hi, 3)}
            </text>
            <text className="al-live-svg__tick" x={PAD.left - 6} y={H - PAD.bottom} textAnchor="end">
              {formatNumber(logY ? 10 ** lo : lo, 3)}
            </text>
          </>
        )}
        <text className="al-live-svg__tick" x={x(0)} y={H - PAD.bottom + 16} textAnchor="middle">
          1
        </text>
        <text className="al-live-svg__tick" x={x(n - 1)} y={H - PAD.bottom + 16} textAnchor="end">
          {n}
        </text>
        <text className="al-live-svg__title" x={(W + PAD.left) / 2} y={H - 8} textAnchor="middle">
          {capitalize(text.loss.epoch)}
        </text>
        <text className="al-live-svg__title" x={0} y={0} textAnchor="middle" transform={`translate(16 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`}>
          {yTitle}
        </text>
        {best !== null && <line x1={x(best)} y1={PAD.top} x2={x(best)} y2={H - PAD.bottom} stroke={palette.threshold} strokeDasharray="3 3" />}
        <polyline points={path(series[0])} fill="none" stroke={palette.train} strokeWidth={2.5} />
        <polyline points={path(series[1])} fill="none" stroke={palette.val} strokeWidth={2.5} strokeDasharray="7 4" />
        {markers && points(series[0]).map(([px, py], i) => <circle key={`t${i}`} cx={px} cy={py} r={3.5} fill={palette.train} />)}
        {markers && points(series[1]).map(([px, py], i) => <rect key={`v${i}`} x={px - 3.5} y={py - 3.5} width={7} height={7} fill={palette.val} />)}
        <g className="al-live-svg__legend" transform={`translate(${PAD.left} 6)`}>
          {legend.map((item, i) => (
            <g key={item.key} transform={`translate(${i * Math.max(110, (W - PAD.left) / 3)} 0)`}>
              <line x1={0} y1={9} x2={26} y2={9} stroke={item.color} strokeWidth={2.5} strokeDasharray={item.dash} />
              <text className="al-live-svg__title" x={32} y={14}>
                {item.word}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <p className="al-chart__summary">{lossSummary(text.summary, train, val, bestEpoch)}</p>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
