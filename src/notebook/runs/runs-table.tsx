import { useState } from 'react';
import { formatNumber } from '../../components/format';
import { ScrollArea } from '../../components/scroll-area';
import { useChartText } from '../../i18n/chart-text';
import type { Lang } from '../../i18n/lang';
import type { SettingsTable } from '../settings/settings-table';
import { differingKeys, differsFrom, settingText } from './differences';
import type { LessonRuns } from './lesson-runs';
import { runName, type RunMeta } from './run-record';
import type { RunsAdapter } from './runs-adapter';
import type { RunsText } from './runs-text';

/** Bytes as "812 KB" / "2.7 MB". */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString(locale)} KB`;
  return `${(bytes / 1e6).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

function formatDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Props of `RunsTable`. */
export interface RunsTableProps {
  runs: RunMeta[];
  chosen: string[];
  reference: string | null;
  table: SettingsTable;
  ownMetrics: RunsAdapter<unknown>['ownMetrics'];
  headlineLabels?: RunsAdapter<unknown>['headlineLabels'];
  epochsLabel?: RunsAdapter<unknown>['epochsLabel'];
  headlineDigits?: RunsAdapter<unknown>['headlineDigits'];
  actions: LessonRuns['actions'];
  busy: boolean;
  /** False for a lesson that keeps no weights: no Reopen button (default true). */
  canReopen?: boolean;
  t: RunsText;
  lang: Lang;
}

/**
 * Every kept run: a tick for the overlay, its name (renamable), its metrics
 * (first, so a phone shows them beside the name), the settings that differ
 * between the runs (cells that differ from the reference run are marked), its
 * seed, epochs, speed, date and stored size, and its actions last.
 */
export function RunsTable({ runs, chosen, reference, table, ownMetrics, headlineLabels, epochsLabel, headlineDigits = 4, actions, busy, canReopen = true, t, lang }: RunsTableProps) {
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const grid = useChartText().grid;
  const keys = differingKeys(table, runs);
  const ref = runs.find((r) => r.id === reference) ?? null;
  return (
    <ScrollArea label={t.title} text={grid}>
      <table className="nb-layer-table nb-runs__table" data-testid="runs-table">
        <thead>
          <tr>
            <th aria-hidden="true" />
            <th>{t.cols.run}</th>
            {(['auc', 'ap', 'f1'] as const).map((k) => (
              <th key={k} className="nb-num">
                {headlineLabels?.[k][lang] ?? t.cols[k]}
              </th>
            ))}
            {ownMetrics.map((m) => (
              <th key={m.key} className="nb-num">
                {m.label[lang]}
              </th>
            ))}
            {keys.map((k) => (
              <th key={k}>{table[k].label[lang]}</th>
            ))}
            <th className="nb-num">{t.cols.seed}</th>
            <th className="nb-num">{epochsLabel?.[lang] ?? t.cols.epochs}</th>
            <th className="nb-num">{t.cols.speed}</th>
            <th>{t.cols.backend}</th>
            <th>{t.cols.date}</th>
            <th className="nb-num">{t.cols.size}</th>
            <th>{t.cols.actions}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const name = runName(r);
            return (
              <tr key={r.id} data-testid="run-row" data-run-id={r.id} data-seq={r.seq} aria-current={r.id === reference ? 'true' : undefined}>
                <td>
                  <input type="checkbox" data-testid="run-choose" aria-label={t.select(name)} checked={chosen.includes(r.id)} onChange={(e) => actions.choose(r.id, e.target.checked)} />
                </td>
                <td className="nb-runs__name">
                  {editing?.id === r.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        void actions.rename(r.id, editing.text);
                        setEditing(null);
                      }}
                    >
                      <input data-testid="run-name-input" aria-label={t.renameLabel(name)} value={editing.text} maxLength={80} autoFocus onChange={(e) => setEditing({ id: r.id, text: e.target.value })} />
                      <button type="submit" className="btn btn--small">
                        {t.save}
                      </button>
                      <button type="button" className="btn btn--small btn--ghost" onClick={() => setEditing(null)}>
                        {t.cancel}
                      </button>
                    </form>
                  ) : (
                    <button type="button" className="nb-runs__link" data-testid="run-name" title={t.reference(name)} onClick={() => actions.setReference(r.id)}>
                      {r.pinned ? <span title={t.pinned}>📌 </span> : null}
                      {name}
                    </button>
                  )}
                </td>
                <td className="nb-num" data-testid="run-auc" data-auc={String(r.metrics.auc)}>
                  {formatNumber(r.metrics.auc, headlineDigits)}
                </td>
                <td className="nb-num">{formatNumber(r.metrics.ap, headlineDigits)}</td>
                <td className="nb-num">{formatNumber(r.metrics.bestF1, 3)}</td>
                {ownMetrics.map((m) => (
                  <td key={m.key} className="nb-num">
                    {formatNumber(r.metrics.own[m.key], m.digits ?? 3)}
                  </td>
                ))}
                {keys.map((k) => {
                  const differs = differsFrom(r, ref, k);
                  return (
                    <td key={k} className={differs ? 'nb-runs__differs' : undefined} data-differs={differs ? 'true' : undefined} title={differs ? t.differs : undefined}>
                      {settingText(table, k, r.settings[k], lang)}
                    </td>
                  );
                })}
                <td className="nb-num" data-testid="run-seed">
                  {r.seed}
                </td>
                <td className="nb-num">{r.epochsRun}</td>
                <td className="nb-num">{formatNumber(r.secondsPerEpoch, 2)}</td>
                <td>{r.backend}</td>
                <td>{formatDate(r.date, lang)}</td>
                <td className="nb-num" data-testid="run-bytes" data-bytes={r.bytes} data-weight-bytes={r.weightBytes}>
                  {r.bytes > 0 ? formatBytes(r.bytes, lang) : '—'}
                  <span className="nb-muted"> · {r.weightPrecision ? t.weightsOf(formatBytes(r.weightBytes, lang), r.weightPrecision) : t.noWeights}</span>
                </td>
                <td className="nb-runs__actions">
                  {canReopen ? (
                    <button type="button" className="btn btn--small" data-testid="run-reopen" disabled={busy || !r.weightPrecision} onClick={() => void actions.reopen(r.id)}>
                      {t.reopen}
                    </button>
                  ) : null}
                  <button type="button" className="btn btn--small" data-testid="run-rerun" title={t.rerun} disabled={busy} onClick={() => void actions.rerun(r.id)}>
                    {t.rerunShort}
                  </button>
                  <button type="button" className="btn btn--small btn--ghost" data-testid="run-pin" aria-pressed={r.pinned} onClick={() => void actions.pin(r.id, !r.pinned)}>
                    {r.pinned ? t.unpin : t.pin}
                  </button>
                  <button type="button" className="btn btn--small btn--ghost" data-testid="run-rename" onClick={() => setEditing({ id: r.id, text: r.name ?? '' })}>
                    {t.rename}
                  </button>
                  <button
                    type="button"
                    className="btn btn--small btn--ghost"
                    data-testid="run-delete"
                    onClick={() => {
                      if (window.confirm(t.removeConfirm(name))) void actions.remove(r.id);
                    }}
                  >
                    {t.remove}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
