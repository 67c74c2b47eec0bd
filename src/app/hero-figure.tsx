import { useT } from '../i18n/strings';

/** Decorative histogram: reconstruction errors of normal data (left) and anomalies (right), split by a threshold. */
const BINS = 26;
const WIDTH = 320;
const HEIGHT = 150;
const BASE = 132;

function bump(x: number, mean: number, sd: number, height: number): number {
  return height * Math.exp(-((x - mean) ** 2) / (2 * sd * sd));
}

const BARS = Array.from({ length: BINS }, (_, i) => {
  const x = i / (BINS - 1);
  return { x, normal: bump(x, 0.22, 0.09, 112), anomaly: bump(x, 0.72, 0.11, 46) };
});

export function HeroFigure() {
  const t = useT();
  const step = (WIDTH - 24) / BINS;
  const threshold = 12 + step * 12.4;
  return (
    <svg className="hero-figure" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line x1="8" x2={WIDTH - 8} y1={BASE} y2={BASE} className="hero-figure__axis" />
      {BARS.map((b, i) => {
        const x = 12 + i * step;
        return (
          <g key={i}>
            {b.normal > 1 && <rect x={x} y={BASE - b.normal} width={step - 2} height={b.normal} rx="1.5" className="hero-figure__normal" />}
            {b.anomaly > 1 && (
              <rect x={x} y={BASE - b.anomaly} width={step - 2} height={b.anomaly} rx="1.5" className="hero-figure__anomaly" />
            )}
          </g>
        );
      })}
      <rect x={WIDTH - 86} y="12" width="8" height="8" rx="1.5" className="hero-figure__normal" />
      <text x={WIDTH - 74} y="19.5" className="hero-figure__label">
        {t.figureNormal}
      </text>
      <rect x={WIDTH - 86} y="26" width="8" height="8" rx="1.5" className="hero-figure__anomaly" />
      <text x={WIDTH - 74} y="33.5" className="hero-figure__label">
        {t.figureAnomaly}
      </text>
      <line x1={threshold} x2={threshold} y1="10" y2={BASE} className="hero-figure__threshold" />
      <text x={threshold + 6} y="20" className="hero-figure__label">
        {t.figureThreshold}
      </text>
      <text x="12" y={HEIGHT - 3} className="hero-figure__label">
        {t.figureAxis}
      </text>
    </svg>
  );
}
