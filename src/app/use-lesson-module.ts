import { useCallback, useEffect, useState } from 'react';
import { trackLessonBusy } from '../notebook/busy-lessons';
import type { LessonEntry, LessonModule } from '../notebook/lesson-types';

/** Where loading a lesson's module is. */
export type LessonLoad = { status: 'loading' } | { status: 'ready'; module: LessonModule } | { status: 'error'; error: unknown };

/** Modules already loaded, by lesson id: coming back to a lesson is instant. */
const loaded = new Map<string, LessonModule>();

function initial(entry: LessonEntry): LessonLoad {
  const module = loaded.get(entry.id);
  return module ? { status: 'ready', module } : { status: 'loading' };
}

/** Loads `entry.load()` once per lesson, with a retry after a failure. */
export function useLessonModule(entry: LessonEntry): { load: LessonLoad; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<LessonLoad>(() => initial(entry));

  useEffect(() => {
    const cached = loaded.get(entry.id);
    if (cached) {
      setLoad({ status: 'ready', module: cached });
      return;
    }
    if (!entry.load) return;
    let live = true;
    setLoad({ status: 'loading' });
    entry.load().then(
      (module) => {
        loaded.set(entry.id, module);
        if (module.isBusy && module.subscribe) trackLessonBusy(entry.id, module.isBusy, module.subscribe);
        if (live) setLoad({ status: 'ready', module });
      },
      (error: unknown) => {
        console.error(`Anomaly Lab: lesson ${entry.id} failed to load`, error);
        if (live) setLoad({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [entry, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
