import { stageKey, type SettingsOf, type SettingsTable } from './settings-table';

/**
 * A lesson's staleness keys from its settings table. `dataKey` changes with
 * any data setting; `trainKey` with any data or train setting, or, when the
 * data is a learner's own files (`loaded`: that data's key), with that data
 * and the train settings only.
 */
export function lessonKeys<T extends SettingsTable>(table: T) {
  return {
    dataKey: (p: SettingsOf<T>): string => stageKey(table, p, ['data']),
    trainKey: (p: SettingsOf<T>, loaded: string | null = null): string =>
      loaded === null ? stageKey(table, p, ['data', 'train']) : JSON.stringify([loaded, stageKey(table, p, ['train'])]),
  };
}
