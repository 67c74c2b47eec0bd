import { lessonKeys } from '../../notebook/settings/lesson-keys';
import { SETTINGS } from './params';

/** The Data cell goes stale with `dataKey`, the fitted PCA and trained AE with `trainKey` (a face folder in use: its key and the train settings). */
export const { dataKey, trainKey } = lessonKeys(SETTINGS);
