import { lessonKeys } from '../../notebook/settings/lesson-keys';
import { SETTINGS } from './params';

/** What the loaded data depends on (the Data cell goes stale), and what a trained model depends on (Train and every result cell). */
export const { dataKey, trainKey } = lessonKeys(SETTINGS);
