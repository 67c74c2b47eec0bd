import { useMemo } from 'react';
import { ScrollArea } from './scroll-area';
import type { ChartText } from './chart-text';
import { colormapGradient, type Colormap } from './colormap';
import { formatNumber } from './format';
import { MaskOutline } from './mask-outline';
import { PixelCanvas } from './pixel-canvas';
import './components.css';

export interface ImageColumn {
  id: string | number;
  title?: string;
  caption?: string;
  /** One image per row, each H×W row-major with values in [0, 1] (or [0, vmax]). */
  images: Float32Array[];
  /** A binary H×W mask whose outline is drawn over the images of the rows in `outlineRows`. */
  outline?: ArrayLike<number> | null;
}

export interface ImageGridProps {
  columns: ImageColumn[];
  /** Image width W in pixels. */
  width: number;
  /** Image height H in pixels. */
  height: number;
  /** One label per row, e.g. ['original', 'reconstruction', '|difference|']. */
  rowLabels: string[];
  /** Colormap per row (default 'gray'). */
  colormaps?: Colormap[];
  /** Value mapped to full intensity, per row (default 1). 'auto' = max over that row, shared by all columns. */
  vmax?: Array<number | 'auto' | undefined>;
  /**
   * What a heat row's colour bar reads at its ends, per row, when the pixels
   * are a rescaled quantity (log₁₀ σ² from −6 to 0 drawn as 0…1); default 0 and the row's vmax.
   */
  scaleRange?: Array<readonly [number, number] | undefined>;
  /** CSS pixels per image pixel (default 3). */
  scale?: number;
  /** Rows whose images get their column's `outline` (default none). */
  outlineRows?: readonly number[];
  caption?: string;
  /** Accessible names of the images and colour scales. */
  text: ChartText['grid'];
}

function rowMax(columns: ImageColumn[], row: number): number {
  let max = 0;
  for (const col of columns) {
    const img = col.images[row];
    if (!img) continue;
    for (let i = 0; i < img.length; i++) if (img[i] > max) max = img[i];
  }
  return max > 0 ? max : 1;
}

/** Resolves the per-row vmax ('auto' → shared max of the row, so columns are comparable). */
export function resolveVmax(columns: ImageColumn[], rows: number, vmax: ImageGridProps['vmax']): number[] {
  return Array.from({ length: rows }, (_, r) => {
    const v = vmax?.[r];
    if (v === 'auto') return rowMax(columns, r);
    return v !== undefined && v > 0 ? v : 1;
  });
}

/** Rows (original / reconstruction / difference…) × columns (examples) of small images. */
export function ImageGrid({ columns, width, height, rowLabels, colormaps, vmax, scaleRange, scale = 3, outlineRows, caption, text }: ImageGridProps) {
  const rows = rowLabels.length;
  const vmaxes = useMemo(() => resolveVmax(columns, rows, vmax), [columns, rows, vmax]);
  const hasTitles = columns.some((c) => c.title);
  const hasCaptions = columns.some((c) => c.caption);
  // Rows without labels (a plain mosaic of patches) get no header column at all.
  const labelled = rowLabels.some((l) => l !== '');
  return (
    <ScrollArea label={caption ?? text.region} text={text}>
      <table className="al-grid__table">
        {caption && <caption className="al-grid__caption">{caption}</caption>}
        {hasTitles && (
          <thead>
            <tr>
              {labelled ? <td /> : null}
              {columns.map((c) => (
                <th key={c.id} scope="col" className="al-grid__title">{c.title}</th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {rowLabels.map((rowLabel, r) => {
            const cmap = colormaps?.[r] ?? 'gray';
            const [lo, hi] = scaleRange?.[r] ?? [0, vmaxes[r]];
            const ends = [Number.isInteger(lo) ? String(lo).replace('-', '−') : formatNumber(lo, 2), Number.isInteger(hi) ? String(hi).replace('-', '−') : formatNumber(hi, 2)];
            return (
              <tr key={`${r}-${rowLabel}`}>
                {labelled ? (
                  <th scope="row" className="al-grid__row-label">
                    <span>{rowLabel}</span>
                    {cmap === 'heat' && (
                      <span className="al-grid__scale" role="img" aria-label={text.colourScale(ends[0], ends[1])}>
                        <span className="al-grid__bar" style={{ background: colormapGradient('heat') }} />
                        <span className="al-grid__ticks" aria-hidden="true">
                          <span>{ends[0]}</span>
                          <span>{ends[1]}</span>
                        </span>
                      </span>
                    )}
                  </th>
                ) : null}
                {columns.map((c) => (
                  <td key={c.id} className="al-grid__cell">
                    {c.images[r] ? (
                      <span className="al-grid__stack">
                        <PixelCanvas
                          pixels={c.images[r]}
                          width={width}
                          height={height}
                          colormap={cmap}
                          vmax={vmaxes[r]}
                          scale={scale}
                          label={rowLabel ? text.image(rowLabel, c.title ?? text.example(c.id)) : (c.title ?? text.example(c.id))}
                        />
                        {c.outline && outlineRows?.includes(r) ? <MaskOutline mask={c.outline} width={width} height={height} /> : null}
                      </span>
                    ) : (
                      <span className="al-grid__empty" style={{ width: width * scale, height: height * scale }} />
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        {hasCaptions && (
          <tfoot>
            <tr>
              {labelled ? <td /> : null}
              {columns.map((c) => (
                <td key={c.id} className="al-grid__note">{c.caption}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollArea>
  );
}
