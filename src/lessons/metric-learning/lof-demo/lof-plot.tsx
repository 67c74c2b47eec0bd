import type { PointerEvent } from 'react';
import { dragPointProps, usePointDrag } from '../../../components/point-drag';
import { palette } from '../../../components/palette';
import type { LofDetail } from '../../../core/neighbors/lof';
import { SNAP, snap, type DemoPoint } from './points';

const SIZE = 400;
const PAD = 16;
const SPAN = SIZE - 2 * PAD;
const sx = (x: number) => PAD + x * SPAN;
const sy = (y: number) => SIZE - PAD - y * SPAN;

/** Mixes the normal colour (t = 0) into the anomaly colour (t = 1). */
export function scoreColor(t: number): string {
  const a = [0x00, 0x72, 0xb2];
  const b = [0xd5, 0x5e, 0x00];
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 1));
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * u)).join(', ')})`;
}

/** Props of `LofPlot`. */
export interface LofPlotProps {
  points: readonly DemoPoint[];
  /** Colour of each point in [0, 1] (0 = ordinary, 1 = outlying). */
  shade: readonly number[];
  /** Every point's LOF details (its neighbours and k-distance). */
  details: readonly LofDetail[];
  selected: number;
  /** Draw each neighbour's own k-distance circle (what a reachability distance compares with). */
  showReach: boolean;
  /** Accessible names: the plot, and one point's. */
  label: string;
  pointLabel(i: number): string;
  onSelect(i: number): void;
  onMove(i: number, x: number, y: number): void;
}

/**
 * The 2-D LOF demo's plot: the points coloured by their score, and for the
 * selected point its k-distance circle, lines to its k neighbours and their
 * own k-distance circles. Points are dragged with the pointer; the selected
 * one moves with the arrow keys (Shift: 5 steps) and snaps to a 0.01 grid.
 */
export function LofPlot({ points, shade, details, selected, showReach, label, pointLabel, onSelect, onMove }: LofPlotProps) {
  const toData = (e: PointerEvent, el: SVGSVGElement) => {
    const r = el.getBoundingClientRect();
    const vx = ((e.clientX - r.left) / r.width) * SIZE;
    const vy = ((e.clientY - r.top) / r.height) * SIZE;
    return { x: snap((vx - PAD) / SPAN), y: snap((SIZE - PAD - vy) / SPAN) };
  };
  const drag = usePointDrag(toData, (i, to) => onMove(i, to.x, to.y), onSelect);
  const p = points[selected];
  const det = details[selected];
  return (
    <svg
      ref={drag.svg}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="ml-lof-plot"
      role="group"
      aria-label={label}
      data-testid="lof-plot"
      {...drag.plotHandlers}
    >
      <rect x={PAD} y={PAD} width={SPAN} height={SPAN} fill="none" stroke={palette.grid} />
      {p && det ? (
        <g aria-hidden="true">
          {showReach
            ? det.neighbors.map((o) => (
                <circle key={`r${o}`} cx={sx(points[o].x)} cy={sy(points[o].y)} r={details[o].kDistance * SPAN} fill={palette.threshold} fillOpacity={0.06} stroke={palette.threshold} strokeDasharray="2 3" />
              ))
            : null}
          <circle cx={sx(p.x)} cy={sy(p.y)} r={det.kDistance * SPAN} fill="none" stroke={palette.accent} strokeWidth={1.5} strokeDasharray="6 4" data-testid="lof-kdist-circle" />
          {det.neighbors.map((o) => (
            <line key={`l${o}`} x1={sx(p.x)} y1={sy(p.y)} x2={sx(points[o].x)} y2={sy(points[o].y)} stroke={palette.accent} strokeWidth={1.2} />
          ))}
        </g>
      ) : null}
      {points.map((q, i) => (
        <circle
          key={i}
          fill={scoreColor(shade[i])}
          stroke={i === selected ? 'currentColor' : 'white'}
          strokeWidth={i === selected ? 2.5 : 1}
          className="ml-lof-point"
          tabIndex={i === selected ? 0 : -1}
          {...dragPointProps({
            cx: sx(q.x),
            cy: sy(q.y),
            r: i === selected ? 8 : 6,
            index: i,
            selected: i === selected,
            label: pointLabel(i),
            testId: `lof-point-${i}`,
            grab: (e, j) => {
              e.preventDefault();
              drag.grab(e, j);
            },
            onArrow: (d) => onMove(i, snap(q.x + d.dx), snap(q.y + d.dy)),
            step: SNAP,
            shiftStep: 5 * SNAP,
          })}
        />
      ))}
    </svg>
  );
}
