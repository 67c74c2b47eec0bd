import { useEffect, useRef, useState } from 'react';

/**
 * Seconds since a run started, counting on its own once a second while it
 * runs: a job's progress events can pause (the patch VAE scores for seconds
 * after its last batch), and the elapsed time must not freeze meanwhile. Never
 * less than `reported` (the worker's own clock); equal to it when not running.
 * One state update a second — no animation frames.
 */
export function useRunClock(running: boolean, reported: number, now: () => number = () => performance.now()): number {
  const start = useRef<number | null>(null);
  const [, tick] = useState(0);
  if (running && start.current === null) start.current = now() - reported * 1000;
  if (!running) start.current = null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((t) => t + 1), 1000);
    return () => clearInterval(id);
  }, [running]);
  if (!running || start.current === null) return reported;
  return Math.max(reported, (now() - start.current) / 1000);
}
