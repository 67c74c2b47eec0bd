import { useRef } from 'react';

function sameValues(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.is(x[k], y[k]));
}

/**
 * Whether `params` differ from what they were when the current run started (as this component
 * first saw it running): a run keeps the settings it started with, so a change made meanwhile
 * applies only to the next run. False while no run goes on, and again once the values are back.
 */
export function useChangedWhileRunning(params: object, running: boolean): boolean {
  const atStart = useRef<object | null>(null);
  if (!running) atStart.current = null;
  else if (atStart.current === null) atStart.current = params;
  return running && atStart.current !== params && !sameValues(atStart.current!, params);
}
