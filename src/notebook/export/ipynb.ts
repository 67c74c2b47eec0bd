import type { Lang } from '../../i18n/lang';
import { stripGlossaryLinks } from '../glossary-links';
import { loadProse } from '../prose';
import { settingsQuery } from '../settings/settings-codec';
import type { SettingsOf, SettingsTable } from '../settings/settings-table';
import { notebookIntro } from './notebook-text';

/** One notebook cell: Markdown prose or Python code. */
export interface NotebookCell {
  kind: 'markdown' | 'code';
  source: string;
}

/** A value as a Python literal: numbers, strings, booleans, None, lists and dicts. */
export function pyLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? "float('inf')" : v < 0 ? "float('-inf')" : "float('nan')";
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(', ')}]`;
  if (ArrayBuffer.isView(v)) return pyLiteral(Array.from(v as unknown as ArrayLike<number>));
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${JSON.stringify(k)}: ${pyLiteral(x)}`)
    .join(', ')}}`;
}

function lines(source: string): string[] {
  const parts = source.replace(/\r\n/g, '\n').split('\n');
  return parts.map((l, i) => (i < parts.length - 1 ? `${l}\n` : l)).filter((l, i) => !(i === parts.length - 1 && l === ''));
}

/** The cells as an nbformat 4.5 notebook (JSON text) with a Python 3 kernel. */
export function notebookJson(cells: readonly NotebookCell[], lang: Lang): string {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      anomaly_lab: { lang },
    },
    cells: cells.map((c, i) =>
      c.kind === 'markdown'
        ? { cell_type: 'markdown', id: `cell-${i}`, metadata: {}, source: lines(c.source) }
        : { cell_type: 'code', id: `cell-${i}`, metadata: {}, execution_count: null, outputs: [], source: lines(c.source) },
    ),
  };
  return `${JSON.stringify(nb, null, 1)}\n`;
}

/** A lesson section for the notebook: the prose of cell `prose` (if any), then code. */
export interface NotebookSection {
  prose?: string;
  markdown?: string;
  code?: string;
}

/** The sections with each named cell's prose in `lang`, loaded as the page loads it (glossary links as plain text). */
export async function lessonNotebook(lessonId: string, lang: Lang, sections: readonly NotebookSection[], load = loadProse): Promise<string> {
  const cells: NotebookCell[] = [];
  for (const s of sections) {
    if (s.markdown) cells.push({ kind: 'markdown', source: s.markdown });
    if (s.prose) {
      const text = await load(lessonId, s.prose, lang);
      // Glossary links lead into the app, which a notebook has left: their words stay, as plain text.
      if (text) cells.push({ kind: 'markdown', source: stripGlossaryLinks(text).trim() });
    }
    if (s.code) cells.push({ kind: 'code', source: s.code.trim() });
  }
  return notebookJson(cells, lang);
}

/** What a notebook's first cell says: the lesson's title, a link to its settings (`table` encoding `values`) and the seed. */
export interface NotebookIntro<T extends SettingsTable> {
  title: string;
  table: T;
  values: SettingsOf<T>;
  seed: number;
}

/** {@link lessonNotebook} that starts with the intro cell every lesson's notebook has. */
export function settingsNotebook<T extends SettingsTable>(lessonId: string, lang: Lang, intro: NotebookIntro<T>, sections: readonly NotebookSection[]): Promise<string> {
  const first = { markdown: notebookIntro(intro.title, settingsQuery(intro.table, intro.values), intro.seed, lang) };
  return lessonNotebook(lessonId, lang, [first, ...sections]);
}
