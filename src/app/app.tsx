import { useEffect, useRef } from 'react';
import type { Lang } from '../i18n/lang';
import { useT } from '../i18n/strings';
import { LESSONS } from '../lessons/registry';
import type { LessonEntry } from '../notebook/lesson-types';
import type { ProseSource } from '../notebook/prose-view';
import { useLang } from '../stores/settings-store';
import { GlossaryPage } from './glossary-page';
import { HomePage } from './home-page';
import { LessonPage } from './lesson-page';
import { NotFoundPage } from './not-found-page';
import { useHashRoute, type Route } from './use-hash-route';
import { keepScrollOnLinks, keptScroll, scrollWhenTall } from './route-scroll';

export interface AppProps {
  /** The lesson list; the registry unless a test passes its own. */
  lessons?: LessonEntry[];
  proseSource?: ProseSource;
}

function pageTitle(route: Route, lessons: LessonEntry[], lang: Lang, appName: string, notFound: string, glossary: string): string {
  if (route.name === 'home') return appName;
  if (route.name === 'glossary') return `${glossary} · ${appName}`;
  const entry = route.name === 'lesson' ? lessons.find((l) => l.id === route.id) : undefined;
  return `${entry ? entry.title[lang] : notFound} · ${appName}`;
}

/** The app shell: routes `#/`, `#/glossary`, `#/lesson/<id>` and everything else to its page. */
export function App({ lessons = LESSONS, proseSource }: AppProps) {
  const route = useHashRoute();
  const lang = useLang();
  const t = useT();
  const routeKey = route.name === 'lesson' ? `lesson/${route.id}` : route.name;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = pageTitle(route, lessons, lang, t.appName, t.notFoundTitle, t.glossaryTitle);
  });

  useEffect(() => keepScrollOnLinks(), []);
  const shownRoute = useRef(routeKey);
  useEffect(() => {
    if (shownRoute.current === routeKey) return;
    shownRoute.current = routeKey;
    // Back to a page left by an in-app link returns to where the learner was; anything else opens at the top.
    const y = keptScroll();
    if (y === null) window.scrollTo({ top: 0 });
    else return scrollWhenTall(y);
  }, [routeKey]);

  if (route.name === 'home') return <HomePage lessons={lessons} />;
  if (route.name === 'glossary') return <GlossaryPage entry={route.entry} />;
  if (route.name === 'lesson') {
    const index = lessons.findIndex((l) => l.id === route.id);
    if (index >= 0) return <LessonPage key={route.id} entry={lessons[index]} number={index + 1} query={route.query} view={route.view} proseSource={proseSource} />;
  }
  return <NotFoundPage />;
}
