import { useRef } from 'react';
import { useT } from '../i18n/strings';
import { loadGlossary } from '../notebook/prose';
import { Prose, type ProseSource } from '../notebook/prose-view';
import { useLang } from '../stores/settings-store';
import { LanguageToggle } from './language-toggle';
import { TopBar } from './top-bar';
import { useGlossaryTarget } from './use-glossary-target';
import { HOME_HREF } from './use-hash-route';

const glossarySource: ProseSource = (_lesson, _cell, lang) => loadGlossary(lang);

/** `#/glossary`: the shared vocabulary of the lessons and the interface, in the chosen language; `entry` (`#/glossary/<entry>`) is scrolled to and marked. */
export function GlossaryPage({ entry }: { entry?: string }) {
  const t = useT();
  const lang = useLang();
  const main = useRef<HTMLElement>(null);
  useGlossaryTarget(main, entry);
  return (
    <>
      <TopBar>
        <LanguageToggle />
      </TopBar>
      <main id="main" ref={main} className="glossary-page" data-testid="glossary-page">
        <p>
          <a href={HOME_HREF}>← {t.backHome}</a>
        </p>
        <Prose lessonId="" cellId="glossary" lang={lang} source={glossarySource} />
      </main>
    </>
  );
}
