import type { StoreAccess } from './lesson-store';
import { failure, type Problem } from './settings/problem';

/** Where a lesson's data stands, and the data key it was made for. */
export interface DataStatus {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: Problem | null;
  key: string | null;
}

/** The state a built-in data loader works on: the settings, the data, and a view that pages through it. */
interface LoaderState {
  params: object;
  data: DataStatus;
  view: { offset: number };
}

/** How a lesson that also takes a learner's own data makes its built-in data. */
export interface BuiltinDataOptions<S extends LoaderState> {
  /** What the built-in data depends on (the lesson's data key). */
  dataKey(p: S['params']): string;
  /** Whether the learner's own data is in use (then the built-in data does not replace it). */
  inUse(s: S): boolean;
  /** Makes the built-in data for the settings. */
  load(p: S['params']): Promise<Omit<S['data'], keyof DataStatus>>;
}

/**
 * The "load data" action of a lesson whose learner can bring their own data.
 * It returns true at once while the learner's data is in use or the built-in
 * data for the settings is loaded. Otherwise it loads: the newest request
 * wins (an older one returns false, its data dropped), data the learner
 * brought meanwhile is kept, a failure becomes an error status, and the view
 * goes back to the first page.
 */
export function createBuiltinDataLoader<S extends LoaderState>(access: StoreAccess<S>, options: BuiltinDataOptions<NoInfer<S>>): () => Promise<boolean> {
  const { get, set } = access;
  const setData = (data: S['data'], view?: S['view']) => set({ data, ...(view ? { view } : {}) } as Partial<S>);
  let request = 0;
  return async function loadData(): Promise<boolean> {
    const p = get().params;
    const key = options.dataKey(p);
    if (options.inUse(get())) return true;
    if (get().data.status === 'ready' && get().data.key === key) return true;
    const id = ++request;
    setData({ ...get().data, status: 'loading', error: null });
    try {
      const loaded = await options.load(p);
      if (options.inUse(get())) return true;
      if (id !== request) return false;
      setData({ status: 'ready', error: null, ...loaded, key } as S['data'], { ...get().view, offset: 0 });
      return true;
    } catch (e) {
      if (id === request && !options.inUse(get())) setData({ ...get().data, status: 'error', error: failure(e) });
      return false;
    }
  };
}
