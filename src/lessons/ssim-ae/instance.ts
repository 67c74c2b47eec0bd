import { fetchTexture } from '../../data/texture-client';
import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { SETTINGS } from './params';
import { aroundSpeed, flopSpeed } from './speed';
import { createSsimAeStore } from './store';
import { problemsOf } from './validation';

/** The page's SSIM-AE notebook: its store, actions, hooks and settings in storage and the address. */
export const ssimAe = createLessonInstance({
  lessonId: 'ssim-ae',
  table: SETTINGS,
  problemsOf,
  notebook: createSsimAeStore({ ...APP_TRAINING, fetchTexture: (name) => fetchTexture(name), onSpeed: (loss, backend, seconds, flops) => flopSpeed[loss].remember(backend, seconds, flops), onAroundSpeed: aroundSpeed.remember }),
});

export const { actions, useLesson, settings, useFields } = ssimAe;
