import { useRef, useState } from 'react';
import type { CsvLayout } from '../../../core/timeseries/csv-series';
import { Check } from '../../../notebook/controls';
import { ErrorNotice } from '../../../notebook/error-notice';
import { FilePicker } from '../../../notebook/file-picker';
import { problemText } from '../../../notebook/settings/problem-text';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import type { PickedFile } from '../store';
import { useText } from '../text';
import { problem, ProblemError } from '../../../core/problem';

const DEFAULT_WINDOWS = { kind: 'windows' as const, length: 100, stride: 10, column: 0 };

/** Cell 8: load a CSV in the page (never uploaded) — rows as series, or one long series cut into windows. */
export function ByoCell() {
  const t = useText();
  const lang = useLang();
  const csv = useLesson((s) => s.csv);
  const loaded = useLesson((s) => (s.data.source === 'csv' ? s.data.set : null));
  const file = useRef<PickedFile | null>(null);
  const [text, setText] = useState<Record<'length' | 'stride' | 'column', string>>({ length: '100', stride: '10', column: '1' });
  const layout = csv.layout;
  const windows = layout.kind === 'windows' ? layout : null;

  const load = () => {
    if (file.current) void actions.loadCsv(file.current);
  };
  const setWindows = () => actions.setCsvLayout({ kind: 'windows', length: Number(text.length), stride: Number(text.stride), column: Number(text.column) - 1 });
  const setWindowField = (name: 'length' | 'stride' | 'column', raw: string) => {
    setText({ ...text, [name]: raw });
    const w = windows ?? DEFAULT_WINDOWS;
    const n = Number(raw);
    const next: CsvLayout = { ...w, [name]: name === 'column' ? n - 1 : n };
    actions.setCsvLayout(next);
  };
  return (
    <div className="nb-cell-body">
      <fieldset className="ts-layout" data-testid="csv-layout">
        <legend>{t.csvLayout}</legend>
        <Check radio="ts-csv-layout" testId="csv-layout-rows" checked={layout.kind === 'rows'} onChange={() => actions.setCsvLayout({ kind: 'rows' })} label={t.csvRows} />
        <Check radio="ts-csv-layout" testId="csv-layout-windows" checked={layout.kind === 'windows'} onChange={() => setWindows()} label={t.csvWindows} />
      </fieldset>
      {windows ? (
        <div className="nb-field-row">
          {(['length', 'stride', 'column'] as const).map((name) => (
            <div className="nb-field" key={name}>
              <label htmlFor={`ts-csv-${name}`}>{name === 'length' ? t.window : name === 'stride' ? t.stride : t.column}</label>
              <input id={`ts-csv-${name}`} type="number" step={1} data-testid={`csv-${name}`} value={text[name]} onChange={(e) => setWindowField(name, e.target.value)} />
            </div>
          ))}
        </div>
      ) : null}
      <div className="nb-cell-actions">
        <FilePicker
          label={t.chooseFile}
          testId="csv-file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onFiles={([picked]) => {
            file.current = { name: picked.name, size: picked.size, text: () => readText(picked) };
            load();
          }}
        />
        {file.current ? (
          <button type="button" className="btn btn--small" data-testid="csv-reload" onClick={load}>
            {file.current.name} ↻
          </button>
        ) : null}
      </div>
      <p className="nb-muted nb-small">{t.privacy}</p>
      <div data-testid="csv-status" data-state={csv.status} aria-live="polite">
        {csv.status === 'reading' ? (
          <p className="nb-notice">
            {t.reading} <span data-testid="csv-attempt">{csv.attempt}</span>
          </p>
        ) : null}
        {csv.status === 'error' && csv.error ? (
          <>
            <p className="nb-muted nb-small" data-testid="csv-error-file">
              {csv.attempt}
            </p>
            <ErrorNotice testId="csv-error">{problemText(csv.error, lang)}</ErrorNotice>
          </>
        ) : null}
        {csv.status === 'ready' && loaded ? (
          <>
            <p className="nb-notice" data-testid="csv-loaded">
              {t.loaded(loaded.group.length, loaded.L)}
            </p>
            {csv.notes.length > 0 ? (
              <ul className="nb-muted nb-small">
                {csv.notes.map((n) => (
                  <li key={n.code}>{problemText(n, lang)}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The file's text via FileReader (works wherever File does, including test DOMs without `Blob.text`). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(new ProblemError(problem('file-unreadable', {})));
    reader.readAsText(file);
  });
}
