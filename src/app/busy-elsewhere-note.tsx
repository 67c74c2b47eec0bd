import { useT } from '../i18n/strings';
import { LESSONS } from '../lessons/registry';
import { useOtherBusyLesson } from '../notebook/busy-lessons';
import './superseded-text';
import { useLang } from '../stores/settings-store';
import { lessonHref } from './use-hash-route';
import './header-note.css';

/**
 * One line under a lesson's header while another lesson trains: all lessons share one training
 * worker, so a run started here would stop that one and lose what it has trained.
 */
export function BusyElsewhereNote({ lessonId }: { lessonId: string }) {
  const t = useT();
  const lang = useLang();
  const other = useOtherBusyLesson(lessonId);
  const entry = other ? LESSONS.find((l) => l.id === other) : undefined;
  if (!other) return null;
  return (
    <div className="banner header-note" role="status" data-testid="busy-elsewhere">
      <span>{t.busyElsewhere(entry ? entry.title[lang] : other)}</span>
      <a className="btn btn--small btn--ghost" href={lessonHref(other)}>
        {t.goToLesson}
      </a>
    </div>
  );
}
