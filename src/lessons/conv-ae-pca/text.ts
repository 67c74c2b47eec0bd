import { useLang } from '../../stores/settings-store';
import { en, type LessonText } from './text-en';
import { ja } from './text-ja';

export type { LessonText };

/** The lesson's UI text in the current language. */
export function useText(): LessonText {
  return useLang() === 'ja' ? ja : en;
}
