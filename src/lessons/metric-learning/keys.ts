import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, type MetricParams } from './params';

/** What the loaded images depend on: changing any makes the Data cell stale. */
export function dataKey(p: MetricParams): string {
  return stageKey(SETTINGS, p, ['data']);
}

/** What the trained models depend on: changing any makes Train and every result cell stale. */
export function trainKey(p: MetricParams): string {
  return stageKey(SETTINGS, p, ['data', 'train']);
}
