import { APP_TRAINING, createLessonInstance } from '../../notebook/lesson-instance';
import { parseCsvOffThread } from '../../worker/csv-client';
import { SETTINGS, SETTINGS_ADAPTER } from './params';
import { aroundSpeed, batchSpeed } from './speed';
import { createTimeseriesStore } from './store';
import { problemsOf } from './validation';

/** The page's time-series notebook; its settings (the generator's fields flattened) in storage and the address. */
export const timeseriesAe = createLessonInstance({
  lessonId: 'timeseries-ae',
  table: SETTINGS,
  problemsOf,
  adapter: SETTINGS_ADAPTER,
  notebook: createTimeseriesStore({
    ...APP_TRAINING,
    onSpeed: (backend, secondsPerEpoch, nTrain, p) => batchSpeed.remember(backend, secondsPerEpoch, Math.ceil(nTrain / p.batch)),
    onAroundSpeed: aroundSpeed.remember,
    parseCsv: (text, layout) => parseCsvOffThread(text, layout),
  }),
});

export const { actions, useLesson, settings, useFields } = timeseriesAe;
