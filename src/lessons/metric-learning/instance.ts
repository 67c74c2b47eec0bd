import { fetchClass } from '../../data/dataset-client';
import { fetchTexture } from '../../data/texture-client';
import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { SETTINGS } from './params';
import { aroundSpeed, batchSpeed } from './speed';
import { createMetricStore } from './store';
import { problemsOf } from './validation';

/** The page's metric-learning notebook: its store, actions, hooks and settings in storage and the address. */
export const metric = createLessonInstance({
  lessonId: 'metric-learning',
  table: SETTINGS,
  problemsOf,
  notebook: createMetricStore({ ...APP_TRAINING, fetchClass, fetchTexture, onSpeed: batchSpeed.remember, onAroundSpeed: aroundSpeed.remember }),
});

export const { actions, useLesson, settings, useFields } = metric;
