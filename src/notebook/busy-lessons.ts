import { useSyncExternalStore } from 'react';

/**
 * Which loaded lessons are busy (training or in Run all), by lesson id. All lessons share one
 * training worker, and a run started in one lesson supersedes a run of another; the page uses this
 * to warn before that happens. Lessons report here as their state changes (`trackLessonBusy`).
 */
const busy = new Map<string, boolean>();
const listeners = new Set<() => void>();
let version = 0;

/** Records whether lesson `id` is busy; listeners hear only of changes. */
export function setLessonBusy(id: string, isBusy: boolean): void {
  if ((busy.get(id) ?? false) === isBusy) return;
  busy.set(id, isBusy);
  version += 1;
  for (const l of listeners) l();
}

/** The id of a busy lesson other than `id`, or null. */
export function otherBusyLesson(id: string): string | null {
  for (const [other, b] of busy) if (b && other !== id) return other;
  return null;
}

/**
 * Keeps lesson `id`'s entry in step with its store: `isBusy` is read now and after every change
 * `subscribe` reports. Returns the unsubscribe.
 */
export function trackLessonBusy(id: string, isBusy: () => boolean, subscribe: (onChange: () => void) => () => void): () => void {
  setLessonBusy(id, isBusy());
  return subscribe(() => setLessonBusy(id, isBusy()));
}

const subscribeBusy = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** React hook: the id of a busy lesson other than `id`, or null; re-renders when that changes. */
export function useOtherBusyLesson(id: string): string | null {
  useSyncExternalStore(subscribeBusy, () => version);
  return otherBusyLesson(id);
}

/** Forgets every lesson (tests). */
export function resetBusyLessons(): void {
  busy.clear();
  version += 1;
  for (const l of listeners) l();
}
