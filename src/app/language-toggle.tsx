import { LANGS, type Lang } from '../i18n/lang';
import { useT } from '../i18n/strings';
import { setLang, useLang } from '../stores/settings-store';

const NAMES: Record<Lang, string> = { en: 'EN', ja: '日本語' };

/** EN / 日本語 segmented switch; the choice is remembered. */
export function LanguageToggle() {
  const t = useT();
  const lang = useLang();
  return (
    <div className="segmented" role="group" aria-label={t.language} data-testid="language-toggle">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="segmented__option"
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
