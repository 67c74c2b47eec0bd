import { stageKey } from '../../notebook/settings/settings-table';
import { SETTINGS, SETTINGS_ADAPTER, type TimeseriesParams } from './params';

/** What generated data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: TimeseriesParams): string {
  return JSON.stringify(['generated', stageKey(SETTINGS, SETTINGS_ADAPTER.toValues(p), ['data'])]);
}

/** What a trained model depends on, given the key of the data it was trained on (generated or a CSV). */
export function trainKey(p: TimeseriesParams, dataKeyOfLoaded: string | null): string {
  return JSON.stringify([dataKeyOfLoaded, stageKey(SETTINGS, SETTINGS_ADAPTER.toValues(p), ['train'])]);
}
