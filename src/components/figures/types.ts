/**
 * Minimal structural types for the Plotly figures built in this folder. They
 * are deliberately loose (Plotly's schema is huge) but name the fields the
 * builders and their tests rely on.
 */
export type Numeric = ArrayLike<number>;

export interface Trace {
  type: 'bar' | 'scatter';
  name?: string;
  x: Numeric;
  y: Numeric;
  [key: string]: unknown;
}

export interface Shape {
  type: 'line' | 'rect' | 'circle';
  xref?: string;
  yref?: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  [key: string]: unknown;
}

export interface Axis {
  title?: { text: string };
  type?: 'linear' | 'log';
  range?: [number, number];
  [key: string]: unknown;
}

export interface Layout {
  title?: { text: string; [key: string]: unknown };
  xaxis?: Axis;
  yaxis?: Axis;
  shapes?: Shape[];
  annotations?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

export interface Figure {
  data: Trace[];
  layout: Layout;
}

export interface CurvePoint {
  x: number;
  y: number;
}
