import { lessonKeys } from '../../notebook/settings/lesson-keys';
import { SETTINGS } from './params';

/** What the loaded images depend on (the Data cell's staleness) and what the trained models depend on (Train's and every result cell's). */
export const { dataKey, trainKey } = lessonKeys(SETTINGS);
