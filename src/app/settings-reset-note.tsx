import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/strings';
import { addProblemTexts, problemText } from '../notebook/settings/problem-text';
import { problem } from '../notebook/settings/problem';
import { settingsReset, useLang } from '../stores/settings-store';
import './header-note.css';

/** The note's problem code (worded here, in both languages). */
export const SETTINGS_RESET = 'app-settings-reset';

addProblemTexts({
  [SETTINGS_RESET]: {
    en: 'Your saved language and backend choice could not be read (they may come from another version of Anomaly Lab), so the defaults are used.',
    ja: '保存されていた言語とバックエンドの設定を読めなかったため（別のバージョンの Anomaly Lab のものかもしれません）、既定値を使います。',
  },
});

/** One line under the header when the saved app settings were unreadable and reset to the defaults (`settingsReset`). */
export function SettingsResetNote() {
  const reset = useSyncExternalStore(settingsReset.subscribe, settingsReset.getState, settingsReset.getState);
  const lang = useLang();
  const t = useT();
  if (!reset) return null;
  return (
    <div className="banner header-note" role="status" data-testid="settings-reset-note">
      <span>{problemText(problem(SETTINGS_RESET), lang)}</span>
      <button type="button" className="btn btn--small btn--ghost" onClick={() => settingsReset.setState(false, true)}>
        {t.dismiss}
      </button>
    </div>
  );
}
