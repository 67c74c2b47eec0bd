import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { formatNumber } from '../../../components/format';
import { choiceLabel } from '../../../notebook/settings/settings-table';
import { TableHead } from '../../../notebook/table-head';
import { useLang } from '../../../stores/settings-store';
import { SETTINGS } from '../params';
import { useLesson } from '../instance';
import { useText } from '../text';
import { useInspection } from '../use-inspection';

/** Bergmann et al. (2019), MVTec AD: the AE's results on real textures (pixel AUROC; TNR / TPR of the area protocol). */
const PAPER = {
  carpet: { ssim: 0.87, l2: 0.59, ssimRates: '0.43 / 0.90', l2Rates: '0.57 / 0.42' },
  leather: { ssim: 0.78, l2: 0.75, ssimRates: '—', l2Rates: '—' },
};

const f = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? formatNumber(x, 2) : '—');

/** Cell 6: the paper's real MVTec AD figures as a reference band, and this run beside them (on its texture, or the learner's folder). */
export function PaperCell() {
  const t = useText();
  const grid = useChartText().grid;
  const lang = useLang();
  const texture = useLesson((s) => s.params.texture);
  const folder = useLesson((s) => (s.result?.data.source === 'mvtec' ? (s.mvtec.name ?? '') : null));
  const { table } = useInspection();
  const o = table?.overall;
  const caption = folder === null ? t.paperCaption : t.paperCaptionFolder;
  return (
    <ScrollArea label={caption} text={grid}>
      <table className="nb-layer-table" data-testid="paper-table">
        <caption>{caption}</caption>
        <TableHead cols={t.paperCols} />
        <tbody>
          {(['carpet', 'leather'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'carpet' ? t.paperCarpet : t.paperLeather}</th>
              <td className="nb-num">{f(PAPER[k].ssim)}</td>
              <td className="nb-num">{f(PAPER[k].l2)}</td>
              <td className="nb-num">{PAPER[k].ssimRates}</td>
              <td className="nb-num">{PAPER[k].l2Rates}</td>
            </tr>
          ))}
          <tr data-testid="paper-this-run">
            <th scope="row">{t.thisRun(folder === null ? choiceLabel(SETTINGS.texture, texture)[lang] : t.yourFolder(folder))}</th>
            <td className="nb-num">{f(o?.ssim?.pixelAuroc)}</td>
            <td className="nb-num">{f(o?.l2?.pixelAuroc)}</td>
            <td className="nb-num">{o?.ssim ? `${f(o.ssim.tnr)} / ${f(o.ssim.tpr)}` : '—'}</td>
            <td className="nb-num">{o?.l2 ? `${f(o.l2.tnr)} / ${f(o.l2.tpr)}` : '—'}</td>
          </tr>
        </tbody>
      </table>
    </ScrollArea>
  );
}
