import type { LessonEntry } from '../notebook/lesson-types';
import { useT } from '../i18n/strings';
import { useLang } from '../stores/settings-store';
import { HeroFigure } from './hero-figure';
import { LanguageToggle } from './language-toggle';
import { OfflineButton } from './offline/offline-button';
import { StatusChip } from './status-chip';
import { TopBar } from './top-bar';
import { GLOSSARY_HREF, lessonHref } from './use-hash-route';

function LessonCard({ entry, number }: { entry: LessonEntry; number: number }) {
  const t = useT();
  const lang = useLang();
  const open = entry.status === 'ready' && entry.load !== undefined;
  const content = (
    <>
      <div className="lesson-card__top">
        <span className="lesson-card__num">{String(number).padStart(2, '0')}</span>
        <StatusChip status={entry.status} />
      </div>
      <h3 className="lesson-card__title">{entry.title[lang]}</h3>
      <p className="lesson-card__summary">{entry.summary[lang]}</p>
      <div className="lesson-card__meta">
        <span>{t.seed(entry.seed)}</span>
        {open && (
          <span className="lesson-card__open" aria-hidden="true">
            {t.openLesson} →
          </span>
        )}
      </div>
    </>
  );
  return open ? (
    <a className="lesson-card lesson-card--ready" href={lessonHref(entry.id)} data-testid={`lesson-card-${entry.id}`}>
      {content}
    </a>
  ) : (
    <div className="lesson-card lesson-card--locked" aria-disabled="true" data-testid={`lesson-card-${entry.id}`}>
      {content}
    </div>
  );
}

/** The lesson list: what Anomaly Lab is, then a card per lesson. */
export function HomePage({ lessons }: { lessons: LessonEntry[] }) {
  const t = useT();
  const first = lessons.find((l) => l.status === 'ready' && l.load);
  return (
    <>
      <TopBar>
        <OfflineButton lessons={lessons.filter((l) => l.status === 'ready' && l.load).length} />
        <LanguageToggle />
      </TopBar>
      <main id="main" className="home">
        <section className="hero">
          <div className="hero__text">
            <p className="eyebrow">{t.tagline}</p>
            <h1 className="hero__title">{t.heroTitle}</h1>
            <p className="hero__body">{t.heroBody}</p>
            {first && (
              <a className="btn btn--primary btn--large" href={lessonHref(first.id)}>
                {t.heroCta} <span aria-hidden="true">→</span>
              </a>
            )}
          </div>
          <HeroFigure />
        </section>
        <section className="lessons" aria-labelledby="lessons-heading">
          <div className="section-head">
            <h2 id="lessons-heading">{t.lessonsHeading}</h2>
            <p>{t.lessonsIntro}</p>
            <p>
              <a href={GLOSSARY_HREF} data-testid="glossary-link">
                {t.glossaryLink}
              </a>
            </p>
          </div>
          <ul className="lesson-grid">
            {lessons.map((entry, i) => (
              <li key={entry.id}>
                <LessonCard entry={entry} number={i + 1} />
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
