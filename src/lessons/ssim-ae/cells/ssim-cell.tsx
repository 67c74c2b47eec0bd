import { ScrollArea } from '../../../components/scroll-area';
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../components/format';
import { ImageGrid } from '../../../components/image-grid';
import { equalMsePair, type StructureDistortion } from '../../../core/metrics/equal-mse-pair';
import { ssimComponents, type SsimComponents, type SsimOptions } from '../../../core/metrics/ssim';
import { generateCarpet } from '../../../core/textures/carpet';
import { cropImage } from '../../../core/textures/gray-image';
import { useChartText } from '../../../i18n/chart-text';
import { ErrorNotice } from '../../../notebook/error-notice';
import { TableHead } from '../../../notebook/table-head';
import { useLesson } from '../instance';
import { useText } from '../text';

/** Side of the generated carpet crop shown before any data is made. */
const CROP = 64;
const KINDS: StructureDistortion[] = ['blur', 'scramble'];

/** The image the explainer works on: the current data's first validation crop, or a crop of the seeded carpet. */
function useExplainerImage(): { pixels: Float32Array; size: number; fromData: boolean } {
  const dataset = useLesson((s) => s.data.dataset);
  const seed = useLesson((s) => s.params.seed);
  return useMemo(() => {
    if (dataset && dataset.validation.length > 0) {
      const area = dataset.size * dataset.size;
      return { pixels: dataset.validation.slice(0, area), size: dataset.size, fromData: true };
    }
    const carpet = generateCarpet(seed, { size: 2 * CROP });
    return { pixels: cropImage(carpet, CROP / 2, CROP / 2, CROP).data, size: CROP, fromData: false };
  }, [dataset, seed]);
}

/** 1 − a similarity map: 0 where the images agree. */
const dissimilarity = (m: Float32Array) => m.map((v) => 1 - v);

/** Mean of a size×size map without its `pad`-pixel border, as SSIM's own mean is taken. */
function croppedMean(m: Float32Array, size: number, pad: number): number {
  let sum = 0;
  for (let y = pad; y < size - pad; y++) for (let x = pad; x < size - pad; x++) sum += m[y * size + x];
  return sum / (size - 2 * pad) ** 2;
}

/** Cell 1: SSIM explained, live — two distortions with the same L2 error, and SSIM's three terms for each. */
export function SsimCell() {
  const t = useText();
  const c = useChartText();
  const image = useExplainerImage();
  const [kind, setKind] = useState<StructureDistortion>('blur');
  const [win, setWin] = useState(7);
  const [gaussian, setGaussian] = useState(false);
  const { size, pixels } = image;
  const winSize = Math.min(win, size % 2 === 1 ? size : size - 1);
  const pair = useMemo(() => {
    try {
      return equalMsePair(pixels, size, size, { kind });
    } catch {
      return null;
    }
  }, [pixels, size, kind]);
  const maps = useMemo(() => {
    if (!pair) return null;
    const opts: SsimOptions = gaussian ? { gaussian: true, sigma: 1.5 } : { winSize };
    return { shifted: ssimComponents(pixels, pair.shifted, size, size, opts), structural: ssimComponents(pixels, pair.structural, size, size, opts) };
  }, [pair, pixels, size, gaussian, winSize]);
  const s = t.ssim;
  const columns = useMemo(() => {
    if (!pair || !maps) return [];
    const rows = (img: Float32Array, m: SsimComponents) => [img, ...[m.map, m.luminance, m.contrast, m.structure].map(dissimilarity)];
    return [
      { id: 'original', title: s.cols.original, images: [pixels] },
      { id: 'shifted', title: s.cols.shifted, images: rows(pair.shifted, maps.shifted) },
      { id: 'structural', title: s.cols[kind], images: rows(pair.structural, maps.structural) },
    ];
  }, [pair, maps, pixels, kind, s]);
  const scale = Math.max(1, Math.round(128 / size));
  const pad = gaussian ? 5 : (winSize - 1) / 2;
  const mean = (m: Float32Array) => croppedMean(m, size, pad);
  return (
    <div className="nb-cell-body" data-testid="ssim-explainer">
      <p className="nb-muted nb-small">{image.fromData ? s.cropData : s.cropGenerated}</p>
      <div className="nb-field-row">
        <fieldset className="nb-digit-picker" data-testid="ssim-kind">
          <legend>{s.second}</legend>
          {KINDS.map((k) => (
            <label key={k} className="nb-check">
              <input type="radio" name="ssim-explainer-kind" data-testid={`ssim-kind-${k}`} checked={kind === k} onChange={() => setKind(k)} /> {s.kinds[k]}
            </label>
          ))}
        </fieldset>
        <div className="nb-field-row">
          <label className="nb-field">
            <span className="nb-field__label">
              {s.window}
              <output data-testid="ssim-window-value">{gaussian ? s.gaussianValue : s.windowValue(winSize)}</output>
            </span>
            <input type="range" data-testid="ssim-window" min={3} max={15} step={2} value={winSize} disabled={gaussian} onChange={(e) => setWin(Number(e.target.value))} />
          </label>
          <label className="nb-check">
            <input type="checkbox" data-testid="ssim-gaussian" checked={gaussian} onChange={(e) => setGaussian(e.target.checked)} /> {s.gaussian}
          </label>
        </div>
      </div>
      {!pair || !maps ? (
        <ErrorNotice>{s.failed}</ErrorNotice>
      ) : (
        <>
          <figure data-testid="ssim-grid" data-window={gaussian ? 'gaussian' : winSize}>
            <ImageGrid columns={columns} width={size} height={size} rowLabels={s.rows} colormaps={['gray', 'heat', 'heat', 'heat', 'heat']} vmax={[1, 'auto', 'auto', 'auto', 'auto']} scale={scale} text={c.grid} />
            <figcaption>{s.scale}</figcaption>
          </figure>
          <ScrollArea label={s.caption} text={c.grid}>
            <table className="nb-layer-table" data-testid="ssim-table">
              <caption>{s.caption}</caption>
              <TableHead cols={s.tableCols} />
              <tbody>
                {(['shifted', 'structural'] as const).map((which) => {
                  const m = maps[which];
                  return (
                    <tr key={which} data-testid={`ssim-row-${which}`}>
                      <th scope="row">{which === 'shifted' ? s.cols.shifted : s.cols[kind]}</th>
                      <td className="nb-num" data-testid={`ssim-mse-${which}`} data-value={pair.mse[which]}>
                        {formatNumber(pair.mse[which], 5)}
                      </td>
                      <td className="nb-num" data-testid={`ssim-mean-${which}`} data-value={m.mean}>
                        {formatNumber(m.mean, 3)}
                      </td>
                      <td className="nb-num">{formatNumber(mean(m.luminance), 3)}</td>
                      <td className="nb-num">{formatNumber(mean(m.contrast), 3)}</td>
                      <td className="nb-num">{formatNumber(mean(m.structure), 3)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollArea>
          <p className="nb-muted nb-small" data-testid="ssim-how">
            {s.how(`${pair.shift > 0 ? '+' : '−'}${formatNumber(Math.abs(pair.shift), 3)}`, `${Math.round(pair.strength * 100)} %`)}
          </p>
        </>
      )}
    </div>
  );
}
