import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** The move of an arrow key, `step` per press (`shiftStep` with Shift held), y pointing up; null for any other key. */
export function arrowMove(e: KeyboardEvent, step: number, shiftStep: number): { dx: number; dy: number } | null {
  const d = e.shiftKey ? shiftStep : step;
  const moves: Record<string, { dx: number; dy: number }> = { ArrowLeft: { dx: -d, dy: 0 }, ArrowRight: { dx: d, dy: 0 }, ArrowUp: { dx: 0, dy: d }, ArrowDown: { dx: 0, dy: -d } };
  return moves[e.key] ?? null;
}

/**
 * Dragging the points of an SVG plot with a pointer: `grab` a point on pointer
 * down (it is selected and captures the pointer), and the plot's handlers move
 * it to `toData` of the pointer until the pointer is up or cancelled.
 */
export function usePointDrag<P>(toData: (e: PointerEvent, svg: SVGSVGElement) => P | null, onMove: (i: number, to: P) => void, onSelect: (i: number) => void) {
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);
  const release = () => {
    dragging.current = null;
  };
  return {
    svg,
    plotHandlers: {
      onPointerMove(e: PointerEvent) {
        if (dragging.current === null || !svg.current) return;
        const p = toData(e, svg.current);
        if (p) onMove(dragging.current, p);
      },
      onPointerUp: release,
      onPointerCancel: release,
    },
    grab(e: PointerEvent, i: number) {
      (e.target as Element).setPointerCapture?.(e.pointerId);
      dragging.current = i;
      onSelect(i);
    },
  };
}

/** What {@link dragPointProps} needs for point `index` of a plot. */
export interface DragPointOptions {
  /** Centre and radius in SVG units. */
  cx: number;
  cy: number;
  r: number;
  index: number;
  selected: boolean;
  /** Accessible name, e.g. "point 3: x 0.20, y −1.10". */
  label: string;
  testId: string;
  /** Pointer down on the point (usually `usePointDrag(…).grab`). */
  grab(e: PointerEvent, i: number): void;
  /** An arrow key moved the point by `d` (data units, y up). */
  onArrow(d: { dx: number; dy: number }): void;
  /** Arrow step, and the step with Shift held. */
  step: number;
  shiftStep: number;
}

/** The props that make an SVG point a button that the pointer drags and the arrow keys move. */
export function dragPointProps(o: DragPointOptions) {
  return {
    cx: o.cx,
    cy: o.cy,
    r: o.r,
    role: 'button',
    'aria-pressed': o.selected,
    'aria-label': o.label,
    'data-testid': o.testId,
    onPointerDown: (e: PointerEvent) => o.grab(e, o.index),
    onKeyDown: (e: KeyboardEvent) => {
      const d = arrowMove(e, o.step, o.shiftStep);
      if (!d) return;
      e.preventDefault();
      o.onArrow(d);
    },
  };
}
