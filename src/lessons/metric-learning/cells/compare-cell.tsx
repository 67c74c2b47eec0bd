import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { TableHead } from '../../../notebook/table-head';
import { useEffect, useState } from 'react';
import { formatNumber } from '../../../components/format';
import { browserRunStore } from '../../../notebook/runs/connect-runs';
import type { RunMeta } from '../../../notebook/runs/run-record';
import { normalP95, ratesAt, summaryOf } from '../derived';
import { useLesson } from '../instance';
import { textureLabel } from '../params';
import { recordedFigures, ssimFigures, storedFigure, type AeFigure } from '../recorded';
import { isTextureData, TEXTURE_CROPS } from '../texture-data';
import { useLang } from '../../../stores/settings-store';
import { useText } from '../text';

const f = (x: number) => formatNumber(x, 3);

interface StoredRuns {
  dense: RunMeta[];
  patch: RunMeta[];
  ssim: RunMeta[];
}

/** The learner's stored runs of the autoencoder lessons (empty until read, or when storage is unavailable). */
function useStoredRuns(): StoredRuns {
  const [runs, setRuns] = useState<StoredRuns>({ dense: [], patch: [], ssim: [] });
  useEffect(() => {
    let live = true;
    browserRunStore()
      .then(async (s) => ({ dense: await s.list('dense-ae'), patch: await s.list('patch-vae'), ssim: await s.list('ssim-ae') }))
      .then((r) => live && setRuns(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return runs;
}

/** Cell 9: metric learning (single models and the ensemble) against the autoencoders on the same data (the dense AE and patch VAE for image classes, the SSIM AE for a texture): AUC and TPR + TNR, each row saying where it comes from. */
export function CompareCell() {
  const t = useText();
  const grid = useChartText().grid;
  const result = useLesson((s) => s.result);
  const p = useLesson((s) => s.params);
  const lang = useLang();
  const stored = useStoredRuns();
  if (!result) return <p className="nb-muted">{t.noResult}</p>;
  const rate = (set: { scores: Float32Array; auc: number }) => {
    const s = summaryOf(result, set);
    return ratesAt(s, normalP95(s)).sum;
  };
  const live = [
    ...result.models.map((m, i) => ({ id: `single-${i}`, name: t.compareSingle(i + 1), auc: m.collapsed ? Number.NaN : m.lof.auc, sum: m.collapsed ? Number.NaN : rate(m.lof) })),
    { id: 'ensemble-lof', name: t.compareEnsembleLof, auc: result.ensemble.lof.auc, sum: result.tpr + result.tnr },
    { id: 'ensemble-knn', name: t.compareEnsembleKnn, auc: result.ensemble.knn.auc, sum: rate(result.ensemble.knn) },
    { id: 'raw-knn', name: t.sources['raw-knn'], auc: result.rawKnn.auc, sum: rate(result.rawKnn) },
  ];
  const texture = result.folder === null && isTextureData(result.data) ? result.data.classNames[0] : null;
  const ae: AeFigure[] = texture !== null || result.folder !== null
    ? []
    : [
        ...recordedFigures(p.dataset, p.normal, p.anomaly),
        ...[storedFigure('dense-ae', stored.dense, p.dataset, p.normal, p.anomaly), storedFigure('patch-vae', stored.patch, p.dataset, p.normal, p.anomaly)].filter((x): x is AeFigure => x !== null),
      ];
  const ssim = texture ? ssimFigures(texture, { crop: TEXTURE_CROPS.size, test: TEXTURE_CROPS.test, seed: p.seed }, stored.ssim) : [];
  const caption = result.folder !== null ? t.compareCaptionFolder(result.folder) : texture ? t.compareCaptionTexture : t.compareCaption;
  return (
    <div className="nb-cell-body">
      <ScrollArea label={caption} text={grid}>
        <table className="nb-layer-table" data-testid="compare-table">
          <caption>{caption}</caption>
          <TableHead cols={t.compareCols} />
          <tbody>
            {live.map((r) => (
              <tr key={r.id} data-testid={`compare-${r.id}`}>
                <th scope="row">{r.name}</th>
                <td className="nb-num" data-testid={`compare-${r.id}-auc`}>
                  {f(r.auc)}
                </td>
                <td className="nb-num">{f(r.sum)}</td>
                <td>{t.live}</td>
              </tr>
            ))}
            {ae.map((r, i) => (
              <tr key={`ae-${i}`} data-testid={`compare-${r.lesson}-${r.origin}`}>
                <th scope="row">{t.aeName[`${r.lesson}-${r.score}`]}</th>
                <td className="nb-num">{f(r.auc)}</td>
                <td className="nb-num">—</td>
                <td>{r.origin === 'recorded' ? t.recorded[r.lesson] : t.stored(new Date(r.date ?? 0).toLocaleString())}</td>
              </tr>
            ))}
            {ssim.map((r) => (
              <tr key={`ssim-${r.origin}`} data-testid={`compare-ssim-ae-${r.origin}`} data-same={r.same}>
                <th scope="row">{t.ssimName}</th>
                <td className="nb-num">{f(r.auc)}</td>
                <td className="nb-num">{Number.isFinite(r.sum) ? f(r.sum) : '—'}</td>
                <td>
                  {r.origin === 'recorded' ? t.recorded['ssim-ae'] : t.ssimStored(new Date(r.date ?? 0).toLocaleString())} ·{' '}
                  {r.same ? t.sameCrops : t.otherCrops(r.crops.size, r.crops.test, r.crops.seed)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {result.folder !== null ? (
        <p className="nb-muted nb-small" data-testid="compare-folder">
          {t.compareFolder(result.folder)}
        </p>
      ) : null}
      {texture === null && result.folder === null && ae.length === 0 ? <p className="nb-muted nb-small">{t.noAe}</p> : null}
      {texture !== null && !ssim.some((r) => r.same) ? (
        <p className="nb-muted nb-small" data-testid="compare-no-ssim">
          {t.noSsim(textureLabel(texture, lang), p.seed, TEXTURE_CROPS.size, TEXTURE_CROPS.test)}
        </p>
      ) : null}
      <p className="nb-muted nb-small">{texture ? t.compareNoteTexture : t.compareNote}</p>
    </div>
  );
}
