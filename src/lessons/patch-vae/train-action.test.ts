import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { PatchVaeJobInput, PatchVaeJobResult } from '../../core/pipeline/patch-vae-job';
import type { RunCallbacks } from '../../worker/training-client';
import { createPatchVaeStore, type PatchVaeDeps } from './store';
import { windowsScored } from './train-action';

const PX = 784;

/** 5 images per class. */
async function fetchClass(_d: string, _s: string, cls: number): Promise<Uint8Array> {
  return new Uint8Array(5 * PX).fill(cls * 25);
}

const scores = (n: number) => ({ grid: 11, oldMap: new Float32Array(n * 121), old: new Float32Array(n), news: [], minSigma2: 0.01 });

describe('the patch-VAE train action', () => {
  it('counts the windows a run scored: the test images’ and the held-out normals’', () => {
    expect(windowsScored({ windows: 10 * 121, heldOut: scores(3) })).toBe(13 * 121);
    expect(windowsScored({ windows: 10 * 121, heldOut: null })).toBe(10 * 121);
  });

  it('remembers the seconds a run took besides its epochs (cutting, scoring) with the windows it scored', async () => {
    let clock = 0;
    const client: PatchVaeDeps['client'] = {
      run: ((_job: string, input: PatchVaeJobInput, _b: string, cb: RunCallbacks = {}) => {
        const n = input.testX.length / PX;
        const result = (async (): Promise<PatchVaeJobResult> => {
          const events: JobEvent[] = [{ type: 'start', epochs: 2, batchesPerEpoch: 1, nTrain: 500, nVal: 0 }];
          events.forEach((e) => cb.onEvent?.(e));
          clock += 16_500;
          return {
            test: scores(n), heldOut: scores(1), details: [], latent: null, weights: [], trainLoss: [1, 0.5], epochsRun: 2, bestEpoch: 2, stopReason: 'completed',
            stop: { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: true }, secondsPerEpoch: 6, scoringSeconds: 3, windows: n * 121, backend: 'wasm',
          };
        })();
        return { runId: 1, result, cancel: () => undefined };
      }) as PatchVaeDeps['client']['run'],
    };
    const scoring: [string, number, number][] = [];
    const lesson = createPatchVaeStore({ fetchClass, client, backendPreference: () => 'wasm', onBackendReport: () => undefined, now: () => clock, onScoringSpeed: (b, s, w) => void scoring.push([b, s, w]) });
    lesson.actions.setParams({ patches: 500, epochs: 2 });
    await lesson.actions.train();
    // 16.5 s in the job, 2 × 6 s of it epochs; 10 test images + 1 held-out normal, 121 windows each.
    expect(scoring).toEqual([['wasm', 4.5, 11 * 121]]);
  });
});
