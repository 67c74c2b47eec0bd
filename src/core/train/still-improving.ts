/** How fast a loss curve was still falling when training ended. */
export interface StillImproving {
  /** Epochs the drop is measured over: the last 1–3. */
  over: number;
  /** Relative drop of the loss over those epochs, in (0, 1): 0.08 = 8 % lower. */
  drop: number;
}

/** Mean relative drop per epoch, over the last epochs, from which a run counts as still learning. */
export const STILL_IMPROVING_PER_EPOCH = 0.01;

/**
 * Whether a run ended while its loss was still clearly falling: its last epoch is its best, and
 * over the last `over` = min(3, epochs − 1) epochs the loss fell by at least
 * `STILL_IMPROVING_PER_EPOCH` × `over` of its value then. Judged on the validation loss when
 * every epoch has a finite one, else on the training loss. Losses ≤ 0 (an ELBO, say) have no
 * relative drop: null.
 * @param train one training loss per epoch, epoch 1 first
 * @param val one validation loss per epoch (NaN or empty when there is no validation set)
 * @returns the drop, or null when training had levelled off, rose at the end, or ran one epoch
 */
export function stillImproving(train: readonly number[], val: readonly number[]): StillImproving | null {
  const curve = val.length === train.length && val.every(Number.isFinite) ? val : train;
  const n = curve.length;
  if (n < 2 || !curve.every(Number.isFinite)) return null;
  const last = curve[n - 1];
  if (last <= 0 || Math.min(...curve) < last) return null;
  const over = Math.min(3, n - 1);
  const before = curve[n - 1 - over];
  const drop = (before - last) / before;
  return drop >= STILL_IMPROVING_PER_EPOCH * over ? { over, drop } : null;
}
