/**
 * Corrupt or foreign data in `localStorage`: a lesson's saved settings (each
 * bad value named, the defaults used, the valid values kept, the results on
 * screen untouched) and the app's own settings (another version, unreadable
 * JSON, invalid values: the defaults with a one-line note, nothing logged, the
 * lessons' saved settings untouched).
 */
import { vi } from 'vitest';
import { SETTINGS_RESET } from '../app/settings-reset-note';
import { problem } from '../notebook/settings/problem';
import { settingsStorageKey } from '../notebook/settings/lesson-settings';
import { shown, type BadInputCase } from './catalogue';
import { denseWithResults, fakeEnv } from './lessons';

/** Lesson 1's saved settings are `json` (with a valid latent of 16 unless the entry is unreadable). */
function lessonEntry(input: string, json: string, en: string, ja: string): BadInputCase {
  return {
    area: 'storage',
    input: `lesson 1's saved settings: ${input}`,
    en,
    ja,
    run: () => {
      const env = fakeEnv({ [settingsStorageKey('dense-ae')]: json });
      const { lesson, settings, resultsIntact } = denseWithResults({ env });
      const notice = settings.notice.getState();
      const keptValid = !json.includes('"latent":"16"') || lesson.store.getState().params.latent === 16;
      const from = notice?.source === 'storage' && notice.refused.length === 1 ? notice.refused[0] : null;
      return shown(from, () => resultsIntact() ?? (keptValid ? null : 'the valid latent was dropped'));
    },
  };
}

const APP_KEY = 'anomaly-lab:settings';
const LESSON_KEY = settingsStorageKey('dense-ae');

/** The app's saved settings are `entry`: a fresh page load resets them with the note and logs nothing. */
function appEntry(input: string, entry: string): BadInputCase {
  return {
    area: 'storage',
    input: `the app's saved settings: ${input}`,
    en: 'Your saved language and backend choice could not be read (they may come from another version of Anomaly Lab), so the defaults are used.',
    ja: '保存されていた言語とバックエンドの設定を読めなかったため（別のバージョンの Anomaly Lab のものかもしれません）、既定値を使います。',
    run: async () => {
      localStorage.setItem(APP_KEY, entry);
      localStorage.setItem(LESSON_KEY, '{"latent":"16"}');
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      vi.resetModules();
      const store = await import('../stores/settings-store');
      const calls = logged.mock.calls.length;
      logged.mockRestore();
      const defaults = store.useSettings.getState().backend === 'auto';
      const lessonKept = localStorage.getItem(LESSON_KEY) === '{"latent":"16"}';
      localStorage.clear();
      const changed = calls > 0 ? `${calls} console errors` : !defaults ? 'not reset to the defaults' : !lessonKept ? "the lesson's settings changed" : null;
      return shown(store.settingsReset.getState() ? problem(SETTINGS_RESET) : null, () => changed);
    },
  };
}

export const STORAGE_CASES: BadInputCase[] = [
  lessonEntry('not JSON', '{"latent": 8', 'The saved settings could not be read, so the defaults are used.', '保存された設定を読めなかったため、既定値を使います。'),
  lessonEntry('a list instead of an object', '[1,2,3]', 'The saved settings could not be read, so the defaults are used.', '保存された設定を読めなかったため、既定値を使います。'),
  lessonEntry('latent "abc"', '{"latent":"abc","epochs":"3"}', 'Latent size: “abc” is not valid, so the default is used.', '潜在次元：「abc」は無効なので既定値を使います。'),
  lessonEntry('epochs as a huge number', '{"latent":"16","epochs":1e9}', 'Epochs (max): “1000000000” is not valid, so the default is used.', 'エポック数（最大）：「1000000000」は無効なので既定値を使います。'),
  lessonEntry('a loss that is markup', '{"latent":"16","loss":"<img src=x onerror=alert(1)>"}', 'Loss: “<img src=x onerror=alert(1)>” is not valid, so the default is used.', '損失関数：「<img src=x onerror=alert(1)>」は無効なので既定値を使います。'),
  lessonEntry('classes as an object', '{"latent":"16","normal":{"0":1}}', 'Normal class(es): “{"0":1}” is not valid, so the default is used.', '正常クラス：「{"0":1}」は無効なので既定値を使います。'),
  lessonEntry('a key of another lesson', '{"latent":"16","cos.noise":"0.5"}', '“cos.noise” is not a setting of this lesson and was ignored.', '「cos.noise」はこのレッスンの設定ではないため無視しました。'),
  appEntry('version 99', JSON.stringify({ state: { lang: 'ja', backend: 'cpu' }, version: 99 })),
  appEntry('not JSON', '{"state":'),
  appEntry('an unknown backend', JSON.stringify({ state: { lang: 'en', backend: 'tpu' }, version: 1 })),
];
