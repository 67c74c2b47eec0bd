import { defaultsOf } from '../../notebook/settings/settings-table';
import { SETTINGS } from './params';
import type { PatchVaeResult } from './state';

/**
 * A patch-VAE result for tests: four test images (two normal 1s, two anomalous 9s) with the scores
 * `test`, 121 windows each, two epochs on wasm, the lesson's default settings; `changes` replace any field.
 */
export function fakePatchResult(test: PatchVaeResult['test'], changes: Partial<PatchVaeResult> = {}): PatchVaeResult {
  return {
    key: 'k',
    params: defaultsOf(SETTINGS),
    test,
    heldOut: null,
    details: [],
    latent: null,
    weights: [],
    testX: new Float32Array(4 * 784),
    labels: Uint8Array.of(0, 0, 1, 1),
    classes: Uint8Array.of(1, 1, 9, 9),
    trainLoss: [1, -2],
    epochsRun: 2,
    stopReason: 'completed',
    secondsPerEpoch: 3,
    scoringSeconds: 1,
    windows: 4 * 121,
    backend: 'wasm',
    ...changes,
  };
}
