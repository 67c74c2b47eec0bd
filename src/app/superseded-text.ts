import type { Localized } from '../i18n/lang';
import { LESSONS } from '../lessons/registry';
import { addProblemTexts } from '../notebook/settings/problem-text';
import { workerFailureText } from '../worker/worker-failure-text';

/** The lesson a job belongs to: its id is the job's name or the name's start ('ssim-ae-score' → 'ssim-ae'). */
export function lessonOfJob(job: string): (typeof LESSONS)[number] | undefined {
  return LESSONS.find((l) => job === l.id || job.startsWith(`${l.id}-`));
}

/**
 * A superseded run's message names the lesson whose run replaced it (the training client's
 * `RunSuperseded.by`, carried as the problem's `by`), since all lessons share one worker and the
 * learner may not know another lesson's Run all ended this one.
 */
addProblemTexts({
  superseded: (v): Localized => {
    const lesson = typeof v.by === 'string' ? lessonOfJob(v.by) : undefined;
    if (!lesson) return { en: workerFailureText('superseded', 'en'), ja: workerFailureText('superseded', 'ja') };
    return {
      en: `A run started in “${lesson.title.en}” replaced this one: one model trains at a time. Train again here when it has finished.`,
      ja: `「${lesson.title.ja}」で始めた実行に置き換えられました（学習は一度に 1 つのモデルだけです）。そちらが終わってから、ここでもう一度学習してください。`,
    };
  },
});
