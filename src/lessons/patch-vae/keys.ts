import { lessonKeys } from '../../notebook/settings/lesson-keys';
import { SETTINGS, type PatchVaeParams } from './params';

const keys = lessonKeys(SETTINGS);

/** What the loaded data depends on: changing any of these makes the Data cell stale. */
export const dataKey = keys.dataKey;

/** What a trained model and its scores depend on (the floor only counts when the variance model uses it). */
export const trainKey = (p: PatchVaeParams): string => keys.trainKey({ ...p, floor: p.variance === 'floor' ? p.floor : 0 });
