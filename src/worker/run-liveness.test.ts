import { describe, expect, it } from 'vitest';
import { excuseLateCheck, freshLiveness, livenessVerdict, noteMessage, type Liveness } from './run-liveness';

const limits = { hangTimeoutMs: 60_000, stallTimeoutMs: 5_000, startTimeoutMs: 60_000 };

/** Liveness of a run on `backend` that made its last step at 1 s and was heard (heartbeats, same step count) until `heardUntil`. */
function quietRun(backend: string, heardUntil: number): Liveness {
  const l = freshLiveness(0);
  noteMessage(l, { type: 'backend', runId: 1, report: { backend: backend as 'wasm', notes: [] } }, 500);
  noteMessage(l, { type: 'heartbeat', runId: 1, steps: 4 }, 1000);
  for (let t = 2000; t <= heardUntil; t += 1000) noteMessage(l, { type: 'heartbeat', runId: 1, steps: 4 }, t);
  return l;
}

describe('run liveness', () => {
  it('counts a heartbeat as a step only when its step count moved; any message as heard', () => {
    const l = quietRun('wasm', 3000);
    expect(l).toEqual({ lastHeard: 3000, lastProgress: 1000, steps: 4, backend: 'wasm' });
  });

  it('on WebAssembly, fails a run heard from for more than 5 s without a step (a stalled job on a free thread)', () => {
    expect(livenessVerdict(quietRun('wasm', 6000), true, 6500, limits)).toBeNull();
    expect(livenessVerdict(quietRun('wasm', 7000), true, 7000, limits)).toEqual({ code: 'worker-hung', detail: 'no progress' });
    expect(livenessVerdict(quietRun('cpu', 7000), true, 7000, limits)).toEqual({ code: 'worker-hung', detail: 'no progress' });
  });

  it('on a GPU backend, lets a step await the GPU for as long as the thread answers; silence still counts', () => {
    expect(livenessVerdict(quietRun('webgpu', 600_000), true, 600_000, limits)).toBeNull();
    expect(livenessVerdict(quietRun('webgl', 600_000), true, 600_000, limits)).toBeNull();
    expect(livenessVerdict(quietRun('webgl', 600_000), true, 660_001, limits)).toEqual({ code: 'worker-hung', detail: 'silent' });
  });

  it('a blocked thread (silent after its last step, as in a 13 s scoring step) is judged by the hang timeout only', () => {
    const l = quietRun('wasm', 1000);
    expect(livenessVerdict(l, true, 14_000, limits)).toBeNull();
    expect(livenessVerdict(l, true, 61_001, limits)).toEqual({ code: 'worker-hung', detail: 'silent' });
  });

  it('gives the backend start the hang timeout, and a worker still loading the start timeout', () => {
    const l = freshLiveness(0);
    for (let t = 1000; t <= 59_000; t += 1000) noteMessage(l, { type: 'heartbeat', runId: 1, steps: 0 }, t);
    expect(livenessVerdict(l, true, 59_000, limits)).toBeNull();
    noteMessage(l, { type: 'heartbeat', runId: 1, steps: 0 }, 60_001);
    expect(livenessVerdict(l, true, 60_001, limits)).toEqual({ code: 'worker-hung', detail: 'no progress' });
    expect(livenessVerdict(freshLiveness(0), false, 59_000, limits)).toBeNull();
    expect(livenessVerdict(freshLiveness(0), false, 60_001, limits)).toEqual({ code: 'worker-start-failed', detail: 'silent' });
  });

  it('excuses a late check: the run is judged from shortly before it', () => {
    const l = freshLiveness(0);
    excuseLateCheck(l, 100_000, 1000);
    expect(l.lastHeard).toBe(99_000);
    expect(livenessVerdict(l, true, 100_000, limits)).toBeNull();
  });
});
