import { formatNumber } from './format';
import { palette } from './palette';
import type { LossCurveProps } from './loss-curve';
import { capitalize } from './chart-text';
import { spikeThreshold } from './figures/loss';
import './components.css';

const W = 600;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };

/**
 * The loss curve drawn as plain SVG, for use while training runs: an update
 * costs well under a millisecond, where a Plotly re-render costs 100–200 ms of
 * main-thread time (and the first one also loads Plotly). Same props and
 * accessible label as {@link LossCurve}, without hover details.
 */
export function LiveLossCurve(props: LossCurveProps) {
  const { train, val, bestEpoch, logY = false, clipSpikes = false, height = 260, caption, text } = props;
  const H = height;
  const raw = [Array.from(train), Array.from(val)];
  const cut = clipSpikes && !logY ? spikeThreshold(raw.flat()) : null;
  const ordinary = raw.flat().filter((v) => Number.isFinite(v) && (cut === null || v <= cut));
  const top = ordinary.length > 0 ? Math.max(...ordinary) : 0;
  // Spikes (clipSpikes) sit on the top edge instead of flattening the rest of the curve.
  const series = cut === null ? raw : raw.map((s) => s.map((v) => (v > cut ? top : v)));
  const all = series.flat().filter((v) => Number.isFinite(v) && (!logY || v > 0));
  const t = (v: number) => (logY ? Math.log10(v) : v);
  const lo = all.length > 0 ? t(Math.min(...all)) : 0;
  const hi = all.length > 0 ? t(Math.max(...all)) : 1;
  const span = hi - lo || 1;
  const n = Math.max(train.length, val.length, 2);
  const x = (i: number) => PAD.left + (i / (n - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (t(v) - lo) / span) * (H - PAD.top - PAD.bottom);
  const path = (values: number[]) =>
    values
      .map((v, i) => (Number.isFinite(v) && (!logY || v > 0) ? `${x(i).toFixed(1)},${y(v).toFixed(1)}` : null))
      .filter(Boolean)
      .join(' ');
  const label = props['aria-label'];
  const best = bestEpoch !== undefined && bestEpoch !== null && bestEpoch >= 0 && bestEpoch < val.length ? bestEpoch : null;
  const axisText = { fontSize: 11, fill: 'currentColor', opacity: 0.7 };
  return (
    <figure className="al-c al-chart al-loss-curve al-loss-curve--live" role="figure" aria-label={label}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} aria-hidden="true">
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke={palette.grid} />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke={palette.grid} />
        {all.length > 0 && (
          <>
            <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" style={axisText}>
              {formatNumber(logY ? 10 ** hi : hi, 3)}
            </text>
            <text x={PAD.left - 6} y={H - PAD.bottom} textAnchor="end" style={axisText}>
              {formatNumber(logY ? 10 ** lo : lo, 3)}
            </text>
          </>
        )}
        <text x={(W + PAD.left) / 2} y={H - 6} textAnchor="middle" style={axisText}>
          {capitalize(text.loss.epoch)} (1–{n})
        </text>
        {best !== null && <line x1={x(best)} y1={PAD.top} x2={x(best)} y2={H - PAD.bottom} stroke={palette.threshold} strokeDasharray="3 3" />}
        <polyline points={path(series[0])} fill="none" stroke={palette.train} strokeWidth={2} />
        <polyline points={path(series[1])} fill="none" stroke={palette.val} strokeWidth={2} />
      </svg>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
