import { afterEach, describe, expect, it } from 'vitest';
import { otherBusyLesson, resetBusyLessons, setLessonBusy, trackLessonBusy } from './busy-lessons';

afterEach(resetBusyLessons);

describe('busy lessons', () => {
  it('names another busy lesson, never the asking one', () => {
    expect(otherBusyLesson('a')).toBeNull();
    setLessonBusy('a', true);
    expect(otherBusyLesson('a')).toBeNull();
    expect(otherBusyLesson('b')).toBe('a');
    setLessonBusy('a', false);
    expect(otherBusyLesson('b')).toBeNull();
  });

  it('follows a lesson store through its subscription until unsubscribed', () => {
    let state = false;
    const listeners = new Set<() => void>();
    const subscribe = (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    };
    const change = (v: boolean) => {
      state = v;
      for (const l of listeners) l();
    };
    const stop = trackLessonBusy('dense-ae', () => state, subscribe);
    expect(otherBusyLesson('ssim-ae')).toBeNull();
    change(true);
    expect(otherBusyLesson('ssim-ae')).toBe('dense-ae');
    change(false);
    expect(otherBusyLesson('ssim-ae')).toBeNull();
    stop();
    change(true);
    expect(otherBusyLesson('ssim-ae')).toBeNull();
  });
});
