import { lessonKeys } from '../../notebook/settings/lesson-keys';
import { SETTINGS } from './params';

/**
 * What the crops depend on (the Data cell goes stale), and what the trained
 * models depend on: the data and train settings, or, with a learner's MVTec
 * folder in use (`loaded`: its data key), that folder and the train settings.
 */
export const { dataKey, trainKey } = lessonKeys(SETTINGS);
