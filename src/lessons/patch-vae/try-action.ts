import type { StoreAccess } from '../../notebook/lesson-store';
import { failure, problem } from '../../notebook/settings/problem';
import { modelConfig } from './params';
import { SIDE, type PatchVaeState } from './state';
import type { PatchVaeDeps } from './store';

/** "Try it": edit a 28×28 picture and score it with the trained model in the worker. */
export function createTryAction({ get, set }: StoreAccess<PatchVaeState>, deps: PatchVaeDeps) {
  const tryState = () => get().tryIt;
  const patch = (p: Partial<PatchVaeState['tryIt']>) => set({ tryIt: { ...tryState(), ...p } });

  /** Replaces the picture (a copy is kept); the last score stays until the next `scoreDrawing`. */
  function setDrawing(image: Float32Array): void {
    if (image.length !== SIDE * SIDE) throw new Error(`A drawing has ${SIDE * SIDE} pixels, got ${image.length}.`);
    patch({ image: image.slice() });
  }

  /** Starts from test image `index` of the loaded data. */
  function drawFromTest(index: number): void {
    const x = get().data.split?.testX;
    if (!x || index < 0 || (index + 1) * SIDE * SIDE > x.length) return;
    patch({ image: x.slice(index * SIDE * SIDE, (index + 1) * SIDE * SIDE) });
  }

  /**
   * Scores the picture with the current result's weights. Refused while
   * training runs: the worker runs one job at a time and a new one would stop it.
   */
  async function scoreDrawing(): Promise<void> {
    const { result, training } = get();
    if (!result) return patch({ status: 'error', error: problem('train-first') });
    if (training.status === 'running') return patch({ status: 'error', error: problem('wait-training') });
    const image = tryState().image;
    patch({ status: 'running', error: null });
    const p = result.params;
    try {
      const input = { side: SIDE, model: modelConfig(p), weights: result.weights, images: image, stride: p.stride };
      const handle = deps.client.run('patch-vae-score', input, deps.backendPreference());
      const r = await handle.result;
      const d = r.details[0];
      patch({
        status: 'done',
        resultKey: result.key,
        scored: { scores: r.scores, mu: d.mu, sigma2: d.sigma2 },
      });
    } catch (e) {
      patch({ status: 'error', error: failure(e) });
    }
  }

  return { setDrawing, drawFromTest, scoreDrawing, clearDrawing: () => patch({ image: new Float32Array(SIDE * SIDE) }) };
}
