import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, type PatchVaeParams } from './params';

/** What the loaded data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: PatchVaeParams): string {
  return stageKey(SETTINGS, p, ['data']);
}

/** What a trained model and its scores depend on (the floor only counts when the variance model uses it). */
export function trainKey(p: PatchVaeParams): string {
  return stageKey(SETTINGS, { ...p, floor: p.variance === 'floor' ? p.floor : 0 }, ['data', 'train']);
}
