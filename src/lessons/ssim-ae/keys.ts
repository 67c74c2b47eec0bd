import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, type SsimAeParams } from './params';

/** What the crops depend on: changing any makes the Data cell stale. */
export function dataKey(p: SsimAeParams): string {
  return stageKey(SETTINGS, p, ['data']);
}

/**
 * What the trained models depend on: the data and train settings, or, with a
 * learner's MVTec folder in use, that folder's data key and the train settings.
 */
export function trainKey(p: SsimAeParams, loaded: string | null = null): string {
  return loaded === null ? stageKey(SETTINGS, p, ['data', 'train']) : JSON.stringify([loaded, stageKey(SETTINGS, p, ['train'])]);
}
