import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { TableHead } from '../../../notebook/table-head';
import { mobileNetLayout } from '../../../core/model/mobilenet-architecture';
import { useLesson } from '../instance';
import { TEXTURE_CROPS } from '../texture-data';
import { useText } from '../text';

/** The backbone at the settings' width on the source's images (28 pixels, or the texture crops' side): one row per inverted-residual block, then the head, with the parameter total. */
export function BackboneTable({ classes }: { classes: number }) {
  const t = useText().arch;
  const grid = useChartText().grid;
  const p = useLesson((s) => s.params);
  const side = p.source === 'texture' ? TEXTURE_CROPS.size : 28;
  const layout = mobileNetLayout({ inputSize: side, width: Number(p.width) });
  const head = layout.lastChannels * p.embedding + p.embedding + (p.embedding + 1) * classes + (p.alphaMode === 'learned' ? 1 : 0);
  const summary = t.summary(layout.blocks.length, layout.params + head, layout.macs);
  return (
    <details className="nb-small">
      <summary data-testid="backbone-summary">{summary}</summary>
      <ScrollArea label={summary} text={grid}>
        <table className="nb-layer-table" data-testid="backbone-table">
          <TableHead cols={t.cols} />
          <tbody>
            <tr>
              <th scope="row">{t.stem}</th>
              <td className="nb-num">
                {side} → {layout.stemSize}
              </td>
              <td className="nb-num">1 → {layout.stemChannels}</td>
              <td className="nb-num">2</td>
              <td />
            </tr>
            {layout.blocks.map((b, i) => (
              <tr key={i}>
                <th scope="row">{t.block(i + 1)}</th>
                <td className="nb-num">
                  {b.inSize} → {b.outSize}
                </td>
                <td className="nb-num">
                  {b.inChannels} → {b.hidden} → {b.outChannels}
                </td>
                <td className="nb-num">{b.stride}</td>
                <td className="nb-num">{b.residual ? '✓' : ''}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.head}</th>
              <td className="nb-num">1</td>
              <td className="nb-num">
                {layout.lastChannels} → {p.embedding} → {classes}
              </td>
              <td />
              <td />
            </tr>
          </tbody>
        </table>
      </ScrollArea>
    </details>
  );
}
