import { useMemo } from 'react';
import { axis } from '../../../components/figures/common';
import { palette } from '../../../components/palette';
import { PlotlyChart } from '../../../components/plotly-chart';
import type { TimeseriesResult } from '../state';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/**
 * One series against its reconstruction, in original or standardised units.
 * The series' group goes on a second title line and the legend on the
 * figure's bottom edge, so neither is cut or drawn over the axis title on a phone.
 */
export function ReconstructionPlot({ result, row, units, title, subtitle }: { result: TimeseriesResult; row: number; units: 'raw' | 'standardised'; title: string; subtitle: string }) {
  const t = useText();
  const chartText = useChartText();
  const { set, reconstructions, scaler } = result;
  const figure = useMemo(() => {
    const L = set.L;
    const steps = Array.from({ length: L }, (_, j) => j);
    const raw = set.x.subarray(row * L, row * L + L);
    const rec = reconstructions.subarray(row * L, row * L + L);
    const input = units === 'raw' ? Array.from(raw) : Array.from(raw, (v, j) => (v - scaler.mean[j]) / scaler.std[j]);
    const output = units === 'raw' ? Array.from(rec, (v, j) => v * scaler.std[j] + scaler.mean[j]) : Array.from(rec);
    return {
      data: [
        { type: 'scatter' as const, mode: 'lines', x: steps, y: input, name: t.input, line: { color: palette.normal, width: 1.5 } },
        { type: 'scatter' as const, mode: 'lines', x: steps, y: output, name: t.reconstruction, line: { color: palette.anomaly, width: 2 } },
      ],
      layout: {
        title: { text: title, font: { size: 13 }, subtitle: { text: subtitle, font: { size: 12 } } },
        xaxis: axis(t.stepAxis),
        yaxis: axis(units === 'raw' ? t.unitsRaw : t.unitsStd),
        legend: { orientation: 'h', x: 0, xanchor: 'left', yref: 'container', y: 0, yanchor: 'bottom' },
        margin: { t: 70, b: 78 },
      },
    };
  }, [set, reconstructions, scaler, row, units, title, subtitle, t]);
  return (
    <div data-testid="recon-plot" data-row={row}>
      <PlotlyChart data={figure.data} layout={figure.layout} aria-label={`${title} · ${subtitle}`} height={300} text={chartText.chart} />
    </div>
  );
}
