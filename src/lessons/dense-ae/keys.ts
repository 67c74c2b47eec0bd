import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, type DenseAeParams } from './params';

/** What the loaded data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: DenseAeParams): string {
  return stageKey(SETTINGS, p, ['data']);
}

/** What a trained model depends on: changing any of these makes Train and every result cell stale. */
export function trainKey(p: DenseAeParams): string {
  return stageKey(SETTINGS, p, ['data', 'train']);
}
