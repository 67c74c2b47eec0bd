import type { PointerEvent } from 'react';
import { formatNumber } from '../../../components/format';
import { palette } from '../../../components/palette';
import { dragPointProps, usePointDrag } from '../../../components/point-drag';
import type { Point2 } from '../../../core/pca/pca-2d';


/** Words of the plot (accessible names and the legend). */
export interface Pca2dPlotText {
  figure: string;
  axis: string;
  point: (n: number, x: string, y: string, score: string) => string;
  keys: string;
}

/** Props of `Pca2dPlot`. */
export interface Pca2dPlotProps {
  points: readonly Point2[];
  /** The projection of each point on the principal axis. */
  projections: readonly Point2[];
  /** Each point's distance to the axis (its anomaly score). */
  scores: readonly number[];
  /** A point on the axis (the mean) and the axis' unit direction. */
  mean: Point2;
  direction: Point2;
  selected: number | null;
  /** Points drawn as "far from the others, yet near the axis". */
  farButNormal: ReadonlySet<number>;
  onSelect(i: number): void;
  onMove(i: number, to: Point2): void;
  text: Pca2dPlotText;
}

/** Half the side of the plotted square, in data units. */
export const EXTENT = 3;
const SIZE = 360;
const STEP = 0.1;

const toPx = (v: number) => ((v + EXTENT) / (2 * EXTENT)) * SIZE;
const toPy = (v: number) => ((EXTENT - v) / (2 * EXTENT)) * SIZE;
const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, v));

/**
 * Points in the plane with their principal axis, each point's projection on
 * it (a dashed segment whose length is the point's score) and the scores.
 * Points are dragged with a pointer or moved with the arrow keys.
 */
export function Pca2dPlot({ points, projections, scores, mean, direction, selected, farButNormal, onSelect, onMove, text }: Pca2dPlotProps) {
  const toData = (e: PointerEvent, svg: SVGSVGElement): Point2 | null => {
    const m = svg.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: clamp((p.x / SIZE) * 2 * EXTENT - EXTENT), y: clamp(EXTENT - (p.y / SIZE) * 2 * EXTENT) };
  };
  const drag = usePointDrag(toData, onMove, onSelect);
  const far = 2 * EXTENT * Math.SQRT2;
  const a = { x: mean.x - far * direction.x, y: mean.y - far * direction.y };
  const b = { x: mean.x + far * direction.x, y: mean.y + far * direction.y };
  return (
    <svg
      ref={drag.svg}
      className="cap-plot"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="group"
      aria-label={text.figure}
      data-testid="pca2d-plot"
      data-mean={`${mean.x},${mean.y}`}
      data-direction={`${direction.x},${direction.y}`}
      {...drag.plotHandlers}
    >
      <defs>
        <clipPath id="cap-plot-clip">
          <rect width={SIZE} height={SIZE} />
        </clipPath>
      </defs>
      <rect className="cap-plot__frame" width={SIZE} height={SIZE} />
      <line x1={toPx(-EXTENT)} x2={toPx(EXTENT)} y1={toPy(0)} y2={toPy(0)} className="cap-plot__grid" />
      <line x1={toPx(0)} x2={toPx(0)} y1={toPy(-EXTENT)} y2={toPy(EXTENT)} className="cap-plot__grid" />
      <g clipPath="url(#cap-plot-clip)">
        <line x1={toPx(a.x)} y1={toPy(a.y)} x2={toPx(b.x)} y2={toPy(b.y)} stroke={palette.accent} strokeWidth={2.5} data-testid="pca2d-axis">
          <title>{text.axis}</title>
        </line>
        {points.map((p, i) => (
          <line key={`s${i}`} x1={toPx(p.x)} y1={toPy(p.y)} x2={toPx(projections[i].x)} y2={toPy(projections[i].y)} stroke={palette.anomaly} strokeDasharray="4 3" strokeWidth={1.5} />
        ))}
        {projections.map((p, i) => (
          <circle key={`p${i}`} cx={toPx(p.x)} cy={toPy(p.y)} r={2.5} fill={palette.accent} />
        ))}
      </g>
      {points.map((p, i) => (
        <circle
          key={i}
          className={`cap-plot__point${selected === i ? ' cap-plot__point--selected' : ''}${farButNormal.has(i) ? ' cap-plot__point--far' : ''}`}
          tabIndex={0}
          {...dragPointProps({
            cx: toPx(p.x),
            cy: toPy(p.y),
            r: selected === i ? 9 : 7,
            index: i,
            selected: selected === i,
            label: text.point(i + 1, formatNumber(p.x, 2), formatNumber(p.y, 2), formatNumber(scores[i], 3)),
            testId: `pca2d-point-${i}`,
            grab: drag.grab,
            onArrow: (d) => onMove(i, { x: clamp(p.x + d.dx), y: clamp(p.y + d.dy) }),
            step: STEP,
            shiftStep: 10 * STEP,
          })}
          aria-describedby="cap-plot-keys"
          data-x={p.x}
          data-y={p.y}
          onFocus={() => onSelect(i)}
        />
      ))}
      <desc id="cap-plot-keys">{text.keys}</desc>
    </svg>
  );
}
