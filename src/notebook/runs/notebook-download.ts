import type { Lang } from '../../i18n/lang';
import { LESSONS } from '../../lessons/registry';
import { getLang } from '../../stores/settings-store';
import { saveFile } from './save-file';

/** A Runs cell's "Download as Jupyter notebook": writes `<lesson>.ipynb` for the current settings in the learner's language. */
export function notebookDownload(lessonId: string, make: (lang: Lang, title: string) => Promise<string>): () => Promise<void> {
  return async () => {
    const lang = getLang();
    const title = LESSONS.find((l) => l.id === lessonId)?.title[lang] ?? lessonId;
    saveFile(`${lessonId}.ipynb`, await make(lang, title), 'application/x-ipynb+json');
  };
}
