import { fetchClass } from '../../data/dataset-client';
import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { SETTINGS } from './params';
import { batchSpeed, scoringSpeed } from './speed';
import { createPatchVaeStore } from './store';
import { problemsOf } from './validation';

/** The page's patch-VAE notebook: its store, actions, hooks and settings in storage and the address. */
export const patchVae = createLessonInstance({
  lessonId: 'patch-vae',
  table: SETTINGS,
  problemsOf,
  notebook: createPatchVaeStore({ ...APP_TRAINING, fetchClass, onSpeed: batchSpeed.remember, onScoringSpeed: scoringSpeed.remember }),
});

export const { actions, useLesson, settings, useFields } = patchVae;
