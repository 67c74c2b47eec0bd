import { selectionProblem } from '../../core/data/class-split';
import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import type { Problem } from '../../notebook/settings/problem';
import { dataKey } from './keys';
import type { DenseAeParams } from './params';

/** What the lesson's problems depend on: the settings, the drafts and the loaded data. */
export interface ProblemInputs {
  params: DenseAeParams;
  drafts: Partial<Record<string, Draft>>;
  data: { key: string | null; split: { counts: { train: number } } | null };
}

/**
 * Every problem that blocks a run, keyed by the control that shows it: typed
 * text that is not valid, a class selection with no normals or no anomalies or
 * both at once, and a batch larger than the training set (known once data is
 * loaded, or from the training-image cap). Pure: components call it during render.
 */
export function problemsOf({ params: p, drafts, data }: ProblemInputs): Record<string, Problem> {
  const sel = selectionProblem({ normal: p.normal, anomaly: p.anomaly });
  const loaded = data.key === dataKey(p) ? (data.split?.counts.train ?? null) : null;
  const nTrain = loaded ?? (p.maxTrain > 0 ? p.maxTrain : Infinity);
  return { ...(sel ? { selection: sel } : {}), ...basicProblems(p.batch, nTrain, drafts) };
}
