import { useCallback } from 'react';
import type { ChartPoint, PlotlyChartProps } from './plotly-chart';

/** The props a lesson chart hands straight to its `PlotlyChart`: accessible name, caption and height. */
export type ChartFrameProps = Pick<PlotlyChartProps, 'aria-label' | 'caption' | 'height'>;

/** The frame props of a chart's `props`, to spread onto its `PlotlyChart`; `height` falls back to `defaultHeight`. */
export function chartFrame(props: ChartFrameProps, defaultHeight?: number): ChartFrameProps {
  return { 'aria-label': props['aria-label'], caption: props.caption, height: props.height ?? defaultHeight };
}

/**
 * The click handler of a chart whose trace number `curve` can be picked: reports
 * the clicked point's index to `onPick`. Undefined without `onPick`, so the
 * chart is not clickable.
 */
export function useCurvePick(curve: number, onPick: ((index: number) => void) | undefined): ((p: ChartPoint) => void) | undefined {
  const handle = useCallback(
    (p: ChartPoint) => {
      if (p.curveNumber === curve) onPick?.(p.pointIndex);
    },
    [onPick, curve],
  );
  return onPick ? handle : undefined;
}
