import { useRef, useState } from 'react';
import type { CsvLayout } from '../../../core/timeseries/csv-series';
import { actions, useLesson } from '../instance';
import type { PickedFile } from '../store';
import { useText } from '../text';

const DEFAULT_WINDOWS = { kind: 'windows' as const, length: 100, stride: 10, column: 0 };

/** Cell 8: load a CSV in the page (never uploaded) — rows as series, or one long series cut into windows. */
export function ByoCell() {
  const t = useText();
  const csv = useLesson((s) => s.csv);
  const loaded = useLesson((s) => (s.data.source === 'csv' ? s.data.set : null));
  const file = useRef<PickedFile | null>(null);
  const [text, setText] = useState<Record<'length' | 'stride' | 'column', string>>({ length: '100', stride: '10', column: '1' });
  const layout = csv.layout;
  const windows = layout.kind === 'windows' ? layout : null;

  const load = () => {
    if (file.current) void actions.loadCsv(file.current);
  };
  const setWindowField = (name: 'length' | 'stride' | 'column', raw: string) => {
    setText({ ...text, [name]: raw });
    const w = windows ?? DEFAULT_WINDOWS;
    const n = Number(raw);
    const next: CsvLayout = { ...w, [name]: name === 'column' ? n - 1 : n };
    actions.setCsvLayout(next);
  };
  return (
    <div className="cell-body">
      <fieldset className="ts-layout" data-testid="csv-layout">
        <legend>{t.csvLayout}</legend>
        <label className="check">
          <input type="radio" name="ts-csv-layout" data-testid="csv-layout-rows" checked={layout.kind === 'rows'} onChange={() => actions.setCsvLayout({ kind: 'rows' })} /> {t.csvRows}
        </label>
        <label className="check">
          <input
            type="radio"
            name="ts-csv-layout"
            data-testid="csv-layout-windows"
            checked={layout.kind === 'windows'}
            onChange={() => actions.setCsvLayout({ kind: 'windows', length: Number(text.length), stride: Number(text.stride), column: Number(text.column) - 1 })}
          />{' '}
          {t.csvWindows}
        </label>
      </fieldset>
      {windows ? (
        <div className="field-row">
          {(['length', 'stride', 'column'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`ts-csv-${name}`}>{name === 'length' ? t.window : name === 'stride' ? t.stride : t.column}</label>
              <input id={`ts-csv-${name}`} type="number" step={1} data-testid={`csv-${name}`} value={text[name]} onChange={(e) => setWindowField(name, e.target.value)} />
            </div>
          ))}
        </div>
      ) : null}
      <div className="cell-actions">
        <label className="btn">
          {t.chooseFile}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            className="sr-only"
            data-testid="csv-file"
            onChange={(e) => {
              file.current = e.target.files?.[0] ?? null;
              load();
            }}
          />
        </label>
        {file.current ? (
          <button type="button" className="btn btn--small" data-testid="csv-reload" onClick={load}>
            {csv.fileName} ↻
          </button>
        ) : null}
      </div>
      <p className="muted small">{t.privacy}</p>
      <div data-testid="csv-status" data-state={csv.status} aria-live="polite">
        {csv.status === 'reading' ? <p className="notice">{t.reading}</p> : null}
        {csv.status === 'error' && csv.error ? (
          <p className="notice notice--error" role="alert" data-testid="csv-error">
            {csv.error}
          </p>
        ) : null}
        {csv.status === 'ready' && loaded ? (
          <>
            <p className="notice" data-testid="csv-loaded">
              {t.loaded(loaded.group.length, loaded.L)}
            </p>
            {csv.notes.length > 0 ? (
              <ul className="muted small">
                {csv.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
