import { fetchFaceData } from '../../data/faces-client';
import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { SETTINGS, type ConvAePcaParams } from './params';
import { aroundSpeed, batchSpeed } from './speed';
import { createConvAePcaStore } from './store';
import { problemsOf } from './validation';

/** The built-in faces the settings ask for: `trainCount` normals, `testEach` test faces without and as many with glasses. */
function loadFaces(p: ConvAePcaParams) {
  return fetchFaceData(p.faces, p.variant, { nTrain: p.trainCount, nTestNormal: p.testEach, nTestAnomaly: p.testEach });
}

/** The page's PCA → conv-AE notebook: one store for the page's lifetime, its hooks and its settings in the address. */
export const capLesson = createLessonInstance({
  lessonId: 'conv-ae-pca',
  table: SETTINGS,
  notebook: createConvAePcaStore({
    ...APP_TRAINING,
    loadFaces,
    onSpeed: (backend, secondsPerEpoch, batchesPerEpoch) => batchSpeed.remember(backend, secondsPerEpoch, batchesPerEpoch),
    onAroundSpeed: aroundSpeed.remember,
  }),
  problemsOf,
});

export const { actions, useLesson, useFields, settings, store } = capLesson;
