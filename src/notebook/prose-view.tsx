import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/lang';
import { useT } from '../i18n/strings';
import { loadProse } from './prose';
import { useFocusableOverflow } from './use-focusable-overflow';

/** Fetches a cell's Markdown (null when it has none). */
export type ProseSource = (lessonId: string, cellId: string, lang: Lang) => Promise<string | null>;

type Rendered = { key: string; html: string | null; failed: boolean };

/** Rendered HTML by `lesson/cell/lang`, so revisiting a lesson or language is instant. */
const rendered = new Map<string, Rendered>();

async function render(key: string, source: ProseSource, lessonId: string, cellId: string, lang: Lang): Promise<Rendered> {
  // The Markdown + KaTeX renderer is its own chunk: the home page never loads it.
  const [markdown, { renderMarkdown }] = await Promise.all([source(lessonId, cellId, lang), import('./markdown')]);
  return { key, html: markdown === null ? null : renderMarkdown(markdown), failed: false };
}

export interface ProseProps {
  lessonId: string;
  cellId: string;
  lang: Lang;
  /** Where the Markdown comes from; defaults to the lesson's `.md` files. */
  source?: ProseSource;
}

/**
 * A cell's explanation in the current language, Markdown with KaTeX math.
 * While another language loads, the previous text stays (dimmed) to avoid a jump.
 */
export function Prose({ lessonId, cellId, lang, source = loadProse }: ProseProps) {
  const t = useT();
  const key = `${lessonId}/${cellId}/${lang}`;
  const [state, setState] = useState<Rendered | undefined>(() => rendered.get(key));
  const ref = useFocusableOverflow<HTMLDivElement>(state, t.proseFormulaScrolls);

  useEffect(() => {
    const cached = rendered.get(key);
    if (cached) {
      setState(cached);
      return;
    }
    let live = true;
    render(key, source, lessonId, cellId, lang).then(
      (result) => {
        rendered.set(key, result);
        if (live) setState(result);
      },
      (error: unknown) => {
        console.error(`Anomaly Lab: prose ${key} failed to load`, error);
        if (live) setState({ key, html: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [key, source, lessonId, cellId, lang]);

  if (!state) {
    return (
      <div className="prose prose--loading" aria-busy="true" aria-label={t.proseLoading}>
        <span className="skeleton" />
        <span className="skeleton" />
        <span className="skeleton skeleton--short" />
      </div>
    );
  }
  if (state.failed) return <p className="prose prose--error">{t.proseFailed}</p>;
  if (state.html === null) return null;
  const pending = state.key !== key;
  return (
    <div
      ref={ref}
      className={pending ? 'prose prose--pending' : 'prose'}
      aria-busy={pending || undefined}
      lang={pending ? undefined : lang}
      dangerouslySetInnerHTML={{ __html: state.html }}
    />
  );
}
