import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, type SsimAeParams } from './params';

/** What the crops depend on: changing any makes the Data cell stale. */
export function dataKey(p: SsimAeParams): string {
  return stageKey(SETTINGS, p, ['data']);
}

/** What the trained models depend on. */
export function trainKey(p: SsimAeParams): string {
  return stageKey(SETTINGS, p, ['data', 'train']);
}
