import { useMemo, useRef } from 'react';
import { groupSizes } from '../../../core/timeseries/generate-series';
import { SERIES_KINDS, SPEC_KEY, type SeriesKind } from '../../../core/timeseries/series-spec';
import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { ErrorNotice } from '../../../notebook/error-notice';
import { TableHead } from '../../../notebook/table-head';
import { problemText } from '../../../notebook/settings/problem-text';
import { SeriesOverlay } from '../../../components/series-overlay';
import { groupColor, groupLayers, isLabelled } from '../derived';
import { actions, useFields, useLesson } from '../instance';
import { readSpecField, type SpecField } from '../spec-fields';
import { useText, type LessonText } from '../text';

const EFFECT: Partial<Record<SeriesKind, { field: string; key: 'spike' | 'levelShift' | 'frequency' | 'dropout' }>> = {
  spike: { field: 'height', key: 'spike' },
  'level-shift': { field: 'shift', key: 'levelShift' },
  frequency: { field: 'factor', key: 'frequency' },
  dropout: { field: 'fraction', key: 'dropout' },
};

/** "cos.noise" → "wrong shape: cos · noise σ", for messages. */
function fieldLabel(field: string, t: LessonText): string {
  if (field === 'length') return t.length;
  const [key, name] = field.split('.');
  const kind = SERIES_KINDS.find((k) => SPEC_KEY[k] === key) ?? key;
  const names: Record<string, string> = { count: t.count, amplitude: t.amplitude, noise: t.noise, height: t.effects.spike, shift: t.effects.levelShift, factor: t.effects.frequency, fraction: t.effects.dropout };
  return `${t.groups[kind] ?? kind} · ${names[name] ?? name}`;
}

/** Cell 1: the generator's controls, then every series overlaid — spot the odd ones, then reveal. */
export function DataCell() {
  const t = useText();
  const chartText = useChartText();
  const params = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const revealed = useLesson((s) => s.view.revealed);
  const csvName = useLesson((s) => s.csv.fileName);
  const { field, problems, lang } = useFields();
  const specError = problems.spec ? problemText(problems.spec, lang) : undefined;
  const set = data.set;
  const layers = useMemo(() => (set ? groupLayers(set, revealed) : []), [set, revealed]);
  const sizes = useMemo(() => (set ? groupSizes(set) : []), [set]);
  // Each generator number's value when it took the focus: text that ends invalid brings it back (as the settings' fields do).
  const atFocus = useRef(new Map<SpecField, number>()).current;
  const input = (field: SpecField, label: string) => (
    <input
      type="number"
      step="any"
      aria-label={label}
      data-testid={`param-${field}`}
      aria-invalid={drafts[field] ? true : undefined}
      className={drafts[field] ? 'ts-input ts-input--error' : 'ts-input'}
      value={drafts[field]?.raw ?? String(readSpecField(params.spec, field))}
      onFocus={() => atFocus.set(field, readSpecField(params.spec, field))}
      onBlur={() => atFocus.delete(field)}
      onChange={(e) => actions.setSpecNumber(field, e.target.value, atFocus.get(field))}
    />
  );
  const fieldErrors = Object.entries(drafts).filter(([k, d]) => d && k.includes('.'));
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        {field('length')}
        {field('dataSeed')}
      </div>
      <ScrollArea label={t.specTable} text={chartText.grid}>
        <table className="ts-spec-table" data-testid="spec-table">
          <TableHead cols={[t.group, t.count, t.amplitude, t.noise, t.effect]} />
          <tbody>
            {SERIES_KINDS.map((kind) => {
              const key = SPEC_KEY[kind];
              const effect = EFFECT[kind];
              return (
                <tr key={kind}>
                  <th scope="row">
                    <span className="ts-swatch" style={{ background: groupColor(kind) }} aria-hidden="true" />
                    {t.groups[kind]}
                  </th>
                  {(['count', 'amplitude', 'noise'] as const).map((f) => (
                    <td key={f} className="nb-num">{input(`${key}.${f}`, `${t.groups[kind]}: ${t[f]}`)}</td>
                  ))}
                  <td className="nb-num">
                    {effect ? (
                      <label className="ts-effect">
                        <span>{t.effects[effect.key]}</span>
                        {input(`${effect.key}.${effect.field}`, `${t.groups[kind]}: ${t.effects[effect.key]}`)}
                      </label>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      {fieldErrors.map(([k, d]) => (
        <ErrorNotice key={k} testId={`param-error-${k}`}>
          {fieldLabel(k, t)}: {problemText(d!.problem, lang)}
        </ErrorNotice>
      ))}
      {specError ? <ErrorNotice testId="param-error-spec">{specError}</ErrorNotice> : null}
      <div className="nb-cell-actions">
        <button type="button" className="btn" data-testid="data-generate" data-cell-run="" disabled={Boolean(specError)} onClick={() => actions.generate()}>
          {set && data.source === 'generated' ? t.regenerate : t.generate}
        </button>
        {set && isLabelled(set) ? (
          <button type="button" className="btn btn--primary" data-testid="data-reveal" aria-pressed={revealed} onClick={() => actions.setView({ revealed: !revealed })}>
            {revealed ? t.hide : t.reveal}
          </button>
        ) : null}
      </div>
      {data.error ? <ErrorNotice>{problemText(data.error, lang)}</ErrorNotice> : null}
      {data.source === 'csv' ? <p className="nb-notice">{t.usingCsv(csvName ?? '')}</p> : null}
      {set ? (
        <>
          {!revealed && isLabelled(set) ? <p className="ts-prompt">{t.spotPrompt}</p> : null}
          <SeriesOverlay x={set.x} L={set.L} layers={layers} aria-label={t.overlay(set.group.length, set.L)} stepWord={t.stepAxis} testId="data-overlay" height={320} />
          {revealed ? (
            <ul className="ts-legend" data-testid="group-counts">
              {sizes.map((n, g) =>
                n > 0 ? (
                  <li key={g} data-group={set.groupNames[g]}>
                    <span className="ts-swatch" style={{ background: groupColor(set.groupNames[g]) }} aria-hidden="true" />
                    {t.groups[set.groupNames[g]] ?? set.groupNames[g]}: <strong>{n.toLocaleString('en-US')}</strong>
                  </li>
                ) : null,
              )}
            </ul>
          ) : (
            <p className="nb-muted nb-small" data-testid="series-count">
              {set.group.length.toLocaleString('en-US')} {t.seriesWord}
            </p>
          )}
        </>
      ) : (
        <p className="nb-muted">{t.noData}</p>
      )}
    </div>
  );
}
