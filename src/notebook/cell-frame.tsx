import './notebook.css';
import type { Lang } from '../i18n/lang';
import { useT } from '../i18n/strings';
import { CellErrorBoundary } from './cell-error-boundary';
import type { CellDef } from './lesson-types';
import { Prose, type ProseSource } from './prose-view';

export interface CellProps {
  lessonId: string;
  cell: CellDef;
  /** 1-based position in the notebook. */
  index: number;
  lang: Lang;
  /** The cell's inputs changed since it last ran. */
  stale: boolean;
  proseSource?: ProseSource;
  /** Subscribes to the lesson's state: a crashed cell tries again when it changes. */
  subscribe?: (onChange: () => void) => () => void;
}

/** One notebook cell: number, title, prose, a stale marker, then the lesson's body. */
export function Cell({ lessonId, cell, index, lang, stale, proseSource, subscribe }: CellProps) {
  const t = useT();
  const titleId = `cell-title-${cell.id}`;
  const { Body } = cell;
  return (
    <section className="cell" data-testid={`cell-${cell.id}`} data-cell-id={cell.id} data-stale={stale ? 'true' : 'false'} aria-labelledby={titleId}>
      <header className="cell__head">
        <span className="cell__num" aria-label={t.cellLabel(index)}>
          {String(index).padStart(2, '0')}
        </span>
        <h2 className="cell__title" id={titleId}>
          {cell.title[lang]}
        </h2>
        {stale && (
          <span className="cell__stale" title={t.staleHint} data-testid={`stale-${cell.id}`}>
            {t.stale}
          </span>
        )}
      </header>
      <Prose lessonId={lessonId} cellId={cell.id} lang={lang} source={proseSource} />
      <div className="cell__body">
        <CellErrorBoundary message={t.cellCrashed} retryLabel={t.cellRetry} subscribe={subscribe}>
          <Body />
        </CellErrorBoundary>
      </div>
    </section>
  );
}
