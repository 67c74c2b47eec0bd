import { selectionProblem } from '../../core/data/class-split';
import type { DenseAeParams, NumberParam } from './params';

/** Problems that involve more than one setting, keyed by the control that shows them. */
export type CrossErrors = Partial<Record<NumberParam | 'selection', string>>;

/**
 * Checks settings against each other and against the data: a digit selection
 * with no normals or no anomalies or both at once, a batch larger than the
 * training set (known once data is loaded, or from the training-image cap).
 */
export function crossErrors(p: DenseAeParams, nTrainLoaded: number | null): CrossErrors {
  const out: CrossErrors = {};
  const sel = selectionProblem({ normal: p.normal, anomaly: p.anomaly });
  if (sel) out.selection = sel;
  const nTrain = nTrainLoaded ?? (p.maxTrain > 0 ? p.maxTrain : null);
  if (nTrain !== null && p.batch > nTrain) out.batch = `Batch ${p.batch} is larger than the ${nTrain} training images.`;
  return out;
}
