import { fetchClass } from '../../data/dataset-client';
import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { modelConfig } from './model-config';
import { SETTINGS } from './params';
import { aroundSpeed, flopSpeed, trainFlopsPerEpoch } from './speed';
import { createDenseAeStore } from './store';
import { problemsOf } from './validation';

/** The page's lesson-1 notebook: its store, actions, hooks and settings in storage and the address. */
export const denseAe = createLessonInstance({
  lessonId: 'dense-ae',
  table: SETTINGS,
  problemsOf,
  notebook: createDenseAeStore({
    ...APP_TRAINING,
    fetchClass,
    onSpeed: (backend, secondsPerEpoch, nTrain, p) => flopSpeed.remember(backend, secondsPerEpoch, trainFlopsPerEpoch(modelConfig(p), nTrain)),
    onAroundSpeed: aroundSpeed.remember,
  }),
});

export const { actions, useLesson, settings, useFields } = denseAe;
