/** Minimal typing for the Plotly dist bundle (no official types package for it). */
declare module 'plotly.js-basic-dist-min' {
  export interface PlotlyPointEvent {
    x: number | string;
    y: number | string;
    curveNumber: number;
    pointNumber?: number;
    pointIndex?: number;
    data?: { name?: string };
  }

  export interface PlotlyClickEvent {
    points: PlotlyPointEvent[];
  }

  export interface PlotlyHTMLElement extends HTMLDivElement {
    on(event: 'plotly_click', handler: (event: PlotlyClickEvent) => void): void;
    removeAllListeners?(event: string): void;
  }

  export interface PlotlyStatic {
    react(
      root: HTMLElement,
      data: ReadonlyArray<Record<string, unknown>>,
      layout?: Record<string, unknown>,
      config?: Record<string, unknown>,
    ): Promise<PlotlyHTMLElement>;
    purge(root: HTMLElement): void;
    downloadImage(root: HTMLElement, options: { format: 'png' | 'svg'; filename: string; width?: number; height?: number; scale?: number }): Promise<string>;
    Plots: { resize(root: HTMLElement): void | Promise<void> };
  }

  const Plotly: PlotlyStatic;
  export default Plotly;
}
