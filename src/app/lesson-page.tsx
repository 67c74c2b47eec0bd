import { useCallback, useState, type ReactNode } from 'react';
import { useClassroomText } from '../i18n/classroom-text';
import { BusyElsewhereNote } from './busy-elsewhere-note';
import { GlossaryPeek } from './glossary-peek';
import { HeaderMenu } from './header-menu';
import { PresenterToggle, ShortcutsButton, ShortcutsDialog } from './presenter/presenter-buttons';
import { PresenterView } from './presenter/presenter-view';
import { useLessonControls, type LessonControls } from './presenter/use-lesson-controls';
import { useT } from '../i18n/strings';
import { Cell } from '../notebook/cell-frame';
import { Prose } from '../notebook/prose-view';
import type { LessonEntry, LessonModule } from '../notebook/lesson-types';
import type { ProseSource } from '../notebook/prose-view';
import { useLang } from '../stores/settings-store';
import { BackendBadge } from './backend-badge';
import { BackendSelect } from './backend-select';
import { LanguageToggle } from './language-toggle';
import { MessagePage } from './not-found-page';
import { CopyLinkButton, SettingsNotice, useLeaveGuard, useLinkedSettings } from './lesson-settings-bar';
import { RunAllButton } from './run-all-button';
import { StatusChip } from './status-chip';
import { TopBar } from './top-bar';
import { GLOSSARY_HREF, HOME_HREF } from './use-hash-route';
import { useLessonModule } from './use-lesson-module';
import { failure, type Problem } from '../notebook/settings/problem';
import { problemText } from '../notebook/settings/problem-text';

export interface LessonPageProps {
  entry: LessonEntry;
  /** The settings part of the address (`latent=8&epochs=2…`), '' when none. */
  query?: string;
  /** How the page is shown: presenter mode's keys of the address (`present=1&cell=train`). */
  view?: string;
  /** 1-based position in the lesson list. */
  number: number;
  proseSource?: ProseSource;
}

function LessonLayout(p: { entry: LessonEntry; number: number; action: ReactNode; menu?: ReactNode; presenting?: boolean; children: ReactNode }) {
  const { entry, number, action, children } = p;
  const t = useT();
  const c = useClassroomText();
  const lang = useLang();
  return (
    <>
      <TopBar sticky title={entry.title[lang]} note={<BusyElsewhereNote lessonId={entry.id} />}>
        <LanguageToggle />
        <HeaderMenu label={c.moreTools}>
          <BackendBadge />
          <BackendSelect />
          {p.menu}
        </HeaderMenu>
        {action}
      </TopBar>
      <main id="main" className={p.presenting ? 'lesson lesson--presenting' : 'lesson'}>
        <div className="lesson__intro" hidden={p.presenting}>
          <p className="eyebrow">
            <a href={HOME_HREF}>{t.allLessons}</a>
            <span aria-hidden="true"> / </span>
            {t.lessonNumber(number)} · {t.seed(entry.seed)} ·{' '}
            <a href={GLOSSARY_HREF} data-testid="lesson-glossary-link">
              {t.glossaryTitle}
            </a>
          </p>
          <h1 className="lesson__title">{entry.title[lang]}</h1>
          <p className="lesson__summary">{entry.summary[lang]}</p>
        </div>
        {children}
      </main>
      <GlossaryPeek />
    </>
  );
}

/** "Run all" of a lesson, its failures reported through `onFailure`. */
function useRunAll(module: LessonModule | null, onFailure: (problem: Problem | null) => void): () => void {
  return useCallback(() => {
    if (!module) return;
    onFailure(null);
    module.runAll().catch((error: unknown) => {
      console.error('Anomaly Lab: Run all failed', error);
      onFailure(failure(error));
    });
  }, [module, onFailure]);
}

function RunAllControl({ module, run }: { module: LessonModule; run: () => void }) {
  const busy = module.useBusy();
  useLeaveGuard(busy);
  return <RunAllButton busy={busy} onRun={run} />;
}

/** The header menu's lesson tools: the settings link and the shortcut list. */
function LessonMenu({ module, controls }: { module: LessonModule; controls: LessonControls }) {
  return (
    <>
      <CopyLinkButton module={module} />
      <ShortcutsButton onOpen={controls.openShortcuts} />
    </>
  );
}

function LessonCells({ entry, module, proseSource }: { entry: LessonEntry; module: LessonModule; proseSource?: ProseSource }) {
  const lang = useLang();
  const stale = module.useStale();
  return (
    <div className="cells">
      {module.cells.map((cell, i) => (
        <Cell key={cell.id} lessonId={entry.id} cell={cell} index={i + 1} lang={lang} stale={stale[cell.id] === true} proseSource={proseSource} subscribe={module.subscribe} />
      ))}
    </div>
  );
}

function LoadableLesson({ entry, number, query = '', view, proseSource }: LessonPageProps) {
  const t = useT();
  const { load, retry } = useLessonModule(entry);
  const lang = useLang();
  const [runFailure, setFailure] = useState<Problem | null>(null);
  const module = load.status === 'ready' ? load.module : null;
  useLinkedSettings(module, query, entry.id);
  const runAll = useRunAll(module, setFailure);
  const controls = useLessonControls(entry, module, view, runAll);
  const presenting = controls.presenter.on && module !== null;
  return (
    <LessonLayout
      entry={entry}
      number={number}
      presenting={presenting}
      action={
        module ? (
          <>
            <PresenterToggle on={controls.presenter.on} onToggle={controls.togglePresenter} />
            <RunAllControl module={module} run={runAll} />
          </>
        ) : (
          <RunAllButton busy={false} />
        )
      }
      menu={module ? <LessonMenu module={module} controls={controls} /> : null}
    >
      <ShortcutsDialog open={controls.shortcutsOpen} onClose={controls.closeShortcuts} />
      {runFailure && (
        <div className="banner banner--error" role="alert" data-testid="run-all-error">
          <span>{t.runAllFailed(problemText(runFailure, lang))}</span>
          <button type="button" className="btn btn--small btn--ghost" onClick={() => setFailure(null)}>
            {t.dismiss}
          </button>
        </div>
      )}
      {module && presenting ? (
        <PresenterView
          entry={entry}
          module={module}
          state={controls.presenter}
          lang={lang}
          proseSource={proseSource}
          onChange={controls.setPresenter}
          onRunCell={controls.runCell}
          onExit={controls.exitPresenter}
        />
      ) : null}
      {module && !presenting && (
        <>
          <details className="lesson__differences" data-testid="differences">
            <summary>{t.differencesFromPost}</summary>
            <Prose lessonId={entry.id} cellId="differences" lang={lang} source={proseSource} />
          </details>
          <SettingsNotice module={module} />
          <LessonCells entry={entry} module={module} proseSource={proseSource} />
          <p className="lesson__end">
            {t.endOfLesson} <a href={HOME_HREF}>{t.backHome} →</a>
          </p>
        </>
      )}
      {load.status === 'loading' && (
        <div className="status-card" role="status" data-testid="lesson-loading">
          <span className="spinner" aria-hidden="true" />
          {t.loadingLesson}
        </div>
      )}
      {load.status === 'error' && (
        <div className="status-card status-card--error" role="alert" data-testid="lesson-load-error">
          <h2>{t.loadFailedTitle}</h2>
          <p>{t.loadFailedBody}</p>
          <p className="status-card__detail">{load.error instanceof Error ? load.error.message : String(load.error)}</p>
          <button type="button" className="btn btn--primary" onClick={retry} data-testid="lesson-retry">
            {t.retry}
          </button>
        </div>
      )}
    </LessonLayout>
  );
}

/** A lesson notebook: sticky header with the run controls, then its cells in order. */
export function LessonPage(props: LessonPageProps) {
  const t = useT();
  const lang = useLang();
  const { entry } = props;
  if (entry.status !== 'ready' || !entry.load) {
    return (
      <MessagePage title={entry.title[lang]} body={t.notAvailableBody(t.status[entry.status])}>
        <StatusChip status={entry.status} />
      </MessagePage>
    );
  }
  return <LoadableLesson {...props} />;
}
