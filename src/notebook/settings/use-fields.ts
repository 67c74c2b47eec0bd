import { useMemo, type ReactElement } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Lang } from '../../i18n/lang';
import { useLang } from '../../stores/settings-store';
import { paramFieldRenderer } from '../param-fields';
import type { Draft } from '../param-slice';
import type { Problem } from './problem';
import type { SettingsTable } from './settings-table';

/** The state a lesson's problems are a pure function of. */
export interface FieldState {
  params: object;
  drafts: Partial<Record<string, Draft>>;
  data: unknown;
}

/** What `useFields` gives a cell. */
export interface Fields<T extends SettingsTable> {
  /** The field of one setting, labelled from the table in the learner's language. */
  field(name: keyof T & string): ReactElement;
  /** Every problem that blocks a run, keyed by control. */
  problems: Record<string, Problem>;
  lang: Lang;
}

/**
 * A hook for a lesson's cells: fields of its settings table wired to its store,
 * and its problems, recomputed when the settings, drafts or data change.
 */
export function createFieldsHook<T extends SettingsTable, S extends FieldState>(
  store: StoreApi<S>,
  table: T,
  problemsOf: (s: Pick<S, 'params' | 'drafts' | 'data'>) => Record<string, Problem>,
  actions: { setNumber(name: never, raw: string): void; setParams(patch: never): void },
  /** The table's values from the store's params, for lessons whose params are not flat (default: the params themselves). */
  toValues?: (params: S['params']) => object,
): () => Fields<T> {
  const setNumber = actions.setNumber as (name: string, raw: string, restore?: number) => void;
  const setParams = actions.setParams as (patch: Record<string, unknown>) => void;
  return function useFields() {
    const lang = useLang();
    const params = useStore(store, (s) => s.params);
    const drafts = useStore(store, (s) => s.drafts);
    const data = useStore(store, (s) => s.data);
    const problems = useMemo(() => problemsOf({ params, drafts, data } as Pick<S, 'params' | 'drafts' | 'data'>), [params, drafts, data]);
    const values = useMemo(() => (toValues ? toValues(params) : params), [params]);
    const field = paramFieldRenderer({
      table,
      params: values as Record<string, unknown>,
      drafts,
      problems,
      lang,
      setNumber,
      setChoice: (name, value) => setParams({ [name]: value }),
    });
    return { field, problems, lang };
  };
}
