import * as tf from '@tensorflow/tfjs';
import type { Snapshot, TrainableModel } from './trainable-model';

/** Copies every variable of `model`. The caller owns the result (`disposeSnapshot`). */
export function takeSnapshot(model: TrainableModel): Snapshot {
  return model.allVariables().map((v) => tf.keep(v.clone()));
}

/** Writes a snapshot back into the model's variables; the snapshot stays owned by the caller. */
export function restoreSnapshot(model: TrainableModel, snapshot: Snapshot): void {
  const vars = model.allVariables();
  if (vars.length !== snapshot.length) throw new Error('snapshot does not match the model');
  vars.forEach((v, i) => v.assign(snapshot[i]));
}

/** Frees a snapshot's tensors. */
export function disposeSnapshot(snapshot: Snapshot | null): void {
  if (snapshot) tf.dispose(snapshot);
}
