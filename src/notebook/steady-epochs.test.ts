import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../core/pipeline/job-events';
import { notingEpochSeconds, steadySecondsPerEpoch } from './steady-epochs';

describe('steady seconds per epoch', () => {
  it('leaves the first epoch’s one-time work out: the mean of the later epochs', () => {
    expect(steadySecondsPerEpoch([1.63, 0.98, 0.68, 0.87, 1.03])).toBeCloseTo((0.98 + 0.68 + 0.87 + 1.03) / 4, 12);
    expect(steadySecondsPerEpoch([9, 2])).toBe(2);
  });

  it('is null with fewer than two epochs', () => {
    expect(steadySecondsPerEpoch([3])).toBeNull();
    expect(steadySecondsPerEpoch([])).toBeNull();
  });

  it('notes each epoch event’s seconds and hands every event to the reducer', () => {
    const seen: string[] = [];
    const noted: number[] = [];
    const reduce = notingEpochSeconds((t: number, e: JobEvent) => (seen.push(e.type), t + 1), noted);
    const events: JobEvent[] = [
      { type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 1, elapsedSeconds: 1 },
      { type: 'epoch', epoch: 1, trainLoss: 1, valLoss: NaN, improved: true, seconds: 2.5, elapsedSeconds: 2.5 },
      { type: 'epoch', epoch: 2, trainLoss: 1, valLoss: NaN, improved: false, seconds: 1.5, elapsedSeconds: 4 },
    ];
    expect(events.reduce(reduce, 0)).toBe(3);
    expect(seen).toEqual(['batch', 'epoch', 'epoch']);
    expect(noted).toEqual([2.5, 1.5]);
  });
});
