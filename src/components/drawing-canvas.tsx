import { useEffect, useRef } from 'react';

/** Props of a side×side drawing canvas (MNIST-like digits are 28×28). */
export interface DrawingCanvasProps {
  /** side×side pixels in [0, 1]; redrawn when it changes. */
  image: Float32Array;
  side: number;
  /** CSS pixels per image pixel. */
  scale: number;
  label: string;
  /** Called with a new array when a stroke ends. */
  onCommit(image: Float32Array): void;
}

/** Adds ink (or erases) around (x, y) in image pixels with a soft round brush, like a pen on MNIST. */
export function paint(img: Float32Array, side: number, x: number, y: number, erase: boolean): void {
  const r = 1.6;
  for (let py = Math.floor(y - r); py <= Math.ceil(y + r); py++) {
    for (let px = Math.floor(x - r); px <= Math.ceil(x + r); px++) {
      if (px < 0 || py < 0 || px >= side || py >= side) continue;
      const d = Math.hypot(px + 0.5 - x, py + 0.5 - y);
      const w = Math.max(0, 1 - d / r);
      const i = py * side + px;
      img[i] = erase ? Math.max(0, img[i] - w) : Math.min(1, img[i] + w);
    }
  }
}

function drawTo(canvas: HTMLCanvasElement | null, img: Float32Array, side: number): void {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  const data = ctx.createImageData(side, side);
  img.forEach((v, i) => {
    const g = Math.round(255 * Math.min(1, Math.max(0, v)));
    data.data.set([g, g, g, 255], i * 4);
  });
  ctx.putImageData(data, 0, 0);
}

/** A canvas to draw digits on: left button draws, right button or Shift erases; commits on pointer up. */
export function DrawingCanvas({ image, side, scale, label, onCommit }: DrawingCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const working = useRef<Float32Array>(image.slice());
  const drawing = useRef<{ erase: boolean } | null>(null);

  const render = () => drawTo(ref.current, working.current, side);

  useEffect(() => {
    working.current = image.slice();
    drawTo(ref.current, working.current, side);
  }, [image, side]);

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * side, y: ((e.clientY - rect.top) / rect.height) * side };
  };
  const stroke = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const { x, y } = at(e);
    paint(working.current, side, x, y, drawing.current.erase);
    render();
  };
  return (
    <canvas
      ref={ref}
      className="al-pixels"
      data-testid="draw-canvas"
      width={side}
      height={side}
      style={{ width: side * scale, height: side * scale, touchAction: 'none', cursor: 'crosshair', border: '1px solid currentColor' }}
      role="img"
      aria-label={label}
      onContextMenu={(e) => e.preventDefault()}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drawing.current = { erase: e.button === 2 || e.shiftKey };
        stroke(e);
      }}
      onPointerMove={stroke}
      onPointerUp={() => {
        if (!drawing.current) return;
        drawing.current = null;
        onCommit(working.current.slice());
      }}
    />
  );
}
