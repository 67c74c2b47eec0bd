import { selectionProblem } from '../../core/data/class-split';
import type { Draft } from '../../notebook/param-slice';
import { problem, type Problem } from '../../notebook/settings/problem';
import type { MetricParams } from './params';

/** What the lesson's problems depend on. */
export interface ProblemInputs {
  params: MetricParams;
  drafts: Partial<Record<string, Draft>>;
  data: unknown;
}

/**
 * Every problem that blocks a run, keyed by control: typed text that is not
 * valid, a class selection without normals or anomalies, and a batch larger
 * than the normal training images asked for. Pure.
 */
export function problemsOf({ params: p, drafts }: ProblemInputs): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  const sel = selectionProblem({ normal: p.normal, anomaly: p.anomaly });
  if (sel) out.selection = sel;
  if (p.maxTrain > 0 && p.batch > p.maxTrain) out.batch = problem('batch-too-large', { batch: p.batch, n: p.maxTrain });
  for (const [k, d] of Object.entries(drafts)) if (d) out[k] = d.problem;
  return out;
}
