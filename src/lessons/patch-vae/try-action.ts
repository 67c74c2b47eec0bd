import type { StoreAccess } from '../../notebook/lesson-store';
import { failure, problem } from '../../notebook/settings/problem';
import { modelConfig } from './params';
import { SIDE, type PatchVaeState } from './state';
import type { PatchVaeDeps } from './store';

/** True when the picture has changed since its last score: the maps on show are of the picture the score kept, not of this one. */
export function drawingEdited(tryIt: Pick<PatchVaeState['tryIt'], 'image' | 'scored'>): boolean {
  const scored = tryIt.scored?.image;
  return scored !== undefined && (scored.length !== tryIt.image.length || scored.some((v, i) => v !== tryIt.image[i]));
}

/** "Try it": edit a 28×28 picture and score it with the trained model in the worker. */
export function createTryAction({ get, set }: StoreAccess<PatchVaeState>, deps: PatchVaeDeps) {
  const tryState = () => get().tryIt;
  const patch = (p: Partial<PatchVaeState['tryIt']>) => set({ tryIt: { ...tryState(), ...p } });

  /** Bumped by every score started and every Clear: a score that finishes after either belongs to another picture and is dropped. */
  let latest = 0;

  /** Replaces the picture (a copy is kept); the last score stays, with the picture it scored, until the next `scoreDrawing`. */
  function setDrawing(image: Float32Array): void {
    if (image.length !== SIDE * SIDE) throw new Error(`A drawing has ${SIDE * SIDE} pixels, got ${image.length}.`);
    patch({ image: image.slice() });
  }

  /**
   * Starts from test image `index` of the loaded data and scores it at once
   * when a model is trained and idle; otherwise drops the last picture's score.
   */
  async function drawFromTest(index: number): Promise<void> {
    const x = get().data.split?.testX;
    if (!x || index < 0 || (index + 1) * SIDE * SIDE > x.length) return;
    patch({ image: x.slice(index * SIDE * SIDE, (index + 1) * SIDE * SIDE) });
    if (get().result && get().training.status !== 'running') return scoreDrawing();
    latest++;
    patch({ status: 'idle', error: null, resultKey: null, scored: null });
  }

  /** Empties the picture and drops its score and maps (a score still running is dropped when it arrives). */
  function clearDrawing(): void {
    latest++;
    patch({ image: new Float32Array(SIDE * SIDE), status: 'idle', error: null, resultKey: null, scored: null });
  }

  /**
   * Scores the picture with the current result's weights. Refused while
   * training runs: the worker runs one job at a time and a new one would stop it.
   * Only the latest score is kept: an earlier one still running is dropped.
   */
  async function scoreDrawing(): Promise<void> {
    const { result, training } = get();
    if (!result) return patch({ status: 'error', error: problem('train-first') });
    if (training.status === 'running') return patch({ status: 'error', error: problem('wait-training') });
    const image = tryState().image;
    const mine = ++latest;
    patch({ status: 'running', error: null });
    const p = result.params;
    try {
      const input = { side: SIDE, model: modelConfig(p), weights: result.weights, images: image, stride: p.stride };
      const handle = deps.client.run('patch-vae-score', input, deps.backendPreference());
      const r = await handle.result;
      if (mine !== latest) return;
      const d = r.details[0];
      patch({
        status: 'done',
        resultKey: result.key,
        scored: { image, scores: r.scores, mu: d.mu, sigma2: d.sigma2 },
      });
    } catch (e) {
      if (mine === latest) patch({ status: 'error', error: failure(e) });
    }
  }

  return { setDrawing, drawFromTest, scoreDrawing, clearDrawing };
}
