import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { observeSize } from './observe-size';
import { nearestSeries, overlayRasterizer, valueRange, type OverlayFrame, type OverlayLayer } from './overlay-draw';

export interface SeriesOverlayProps {
  /** Row-major [n, L] series. */
  x: Float32Array;
  L: number;
  /** Drawn in order; the last layer is on top. */
  layers: OverlayLayer[];
  /** Value range shown; default: the data's range. */
  range?: [number, number];
  height?: number;
  'aria-label': string;
  caption?: ReactNode;
  /** The word under the x axis's last tick, e.g. "step" ("step 99"). */
  stepWord: string;
  /** Rows a click can pick (nearest at the clicked step); with `onPick`. */
  pickRows?: ArrayLike<number>;
  onPick?: (row: number) => void;
  testId?: string;
}

const PAD = { left: 44, right: 10, top: 10, bottom: 24 };
/** Rasterise for at most this long per animation frame, so the page stays responsive. */
const FRAME_BUDGET_MS = 12;
const ROWS_PER_SLICE = 200;

/**
 * Every series as a thin translucent line on one canvas — WebGL is not needed:
 * the lines are rasterised in JavaScript (see `rasterizeOverlay`), 10,000 lines
 * of 100 steps in a fraction of a second, spread over animation frames so the
 * page never freezes (`data-state` is "drawing" until the image is complete).
 * Redraws on resize and when the layers change; clicking picks the nearest
 * pickable series.
 */
export function SeriesOverlay({ x, L, layers, range, height = 300, caption, stepWord, pickRows, onPick, testId, ...rest }: SeriesOverlayProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const frameRef = useRef<OverlayFrame | null>(null);
  const [state, setState] = useState<'drawing' | 'drawn'>('drawing');
  const [lo, hi] = range ?? valueRange(x);

  useEffect(() => observeSize([wrap.current], () => setWidth(wrap.current?.clientWidth ?? 0)), []);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || width <= 0) return;
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const frame: OverlayFrame = { left: PAD.left, top: PAD.top, width: width - PAD.left - PAD.right, height: height - PAD.top - PAD.bottom, yMin: lo, yMax: hi };
    frameRef.current = frame;
    drawAxes(ctx, frame, L, getComputedStyle(c).color || '#666', stepWord);
    const device: OverlayFrame = { ...frame, left: frame.left * dpr, top: frame.top * dpr, width: frame.width * dpr, height: frame.height * dpr };
    const raster = overlayRasterizer(x, L, layers, device, c.width, c.height);
    setState('drawing');
    let frameId = 0;
    const work = () => {
      const until = performance.now() + FRAME_BUDGET_MS;
      let done = false;
      while (!done && performance.now() < until) done = raster.step(ROWS_PER_SLICE);
      if (!done) {
        frameId = requestAnimationFrame(work);
        return;
      }
      const layer = document.createElement('canvas');
      layer.width = c.width;
      layer.height = c.height;
      layer.getContext('2d')?.putImageData(new ImageData(raster.pixels() as Uint8ClampedArray<ArrayBuffer>, c.width, c.height), 0, 0);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(layer, 0, 0);
      setState('drawn');
    };
    frameId = requestAnimationFrame(work);
    return () => cancelAnimationFrame(frameId);
  }, [x, L, layers, lo, hi, width, height, stepWord]);

  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    const frame = frameRef.current;
    if (!onPick || !pickRows || !frame) return;
    const box = e.currentTarget.getBoundingClientRect();
    const row = nearestSeries(x, L, pickRows, frame, e.clientX - box.left, e.clientY - box.top);
    if (row !== null) onPick(row);
  };

  return (
    <figure className="al-overlay" data-testid={testId} data-state={state} aria-busy={state === 'drawing'}>
      <div ref={wrap} className="al-overlay__area" style={{ height }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={rest['aria-label']}
          style={{ width: '100%', height, cursor: onPick ? 'crosshair' : undefined }}
          onClick={click}
        />
      </div>
      {caption ? <figcaption className="al-chart__caption">{caption}</figcaption> : null}
    </figure>
  );
}

function drawAxes(ctx: CanvasRenderingContext2D, f: OverlayFrame, L: number, color: string, stepWord: string): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.globalAlpha = 0.5;
  ctx.lineWidth = 1;
  ctx.strokeRect(f.left, f.top, f.width, f.height);
  ctx.font = '11px system-ui, sans-serif';
  ctx.globalAlpha = 0.85;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const ticks = niceTicks(f.yMin, f.yMax);
  for (const v of ticks) {
    const y = f.top + ((f.yMax - v) / (f.yMax - f.yMin)) * f.height;
    ctx.fillText(String(Number(v.toPrecision(3))), f.left - 4, y);
    ctx.globalAlpha = 0.15;
    ctx.beginPath();
    ctx.moveTo(f.left, y);
    ctx.lineTo(f.left + f.width, y);
    ctx.stroke();
    ctx.globalAlpha = 0.85;
  }
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText('0', f.left, f.top + f.height + 4);
  ctx.textAlign = 'right';
  ctx.fillText(`${stepWord} ${L - 1}`, f.left + f.width, f.top + f.height + 4);
  ctx.restore();
}

function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= 6) ?? step * 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / unit) * unit; v <= hi; v += unit) out.push(Math.abs(v) < unit / 1e6 ? 0 : v);
  return out;
}
