import { selectionProblem } from '../../core/data/class-split';
import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import type { Problem } from '../../notebook/settings/problem';
import type { MetricParams } from './params';

/** What the lesson's problems depend on. */
export interface ProblemInputs {
  params: MetricParams;
  drafts: Partial<Record<string, Draft>>;
  data: unknown;
}

/**
 * Every problem that blocks a run, keyed by control: a class selection without
 * normals or anomalies, a batch larger than the normal training images asked
 * for, and typed text that is not valid. Pure.
 */
export function problemsOf({ params: p, drafts }: ProblemInputs): Record<string, Problem> {
  const sel = p.source === 'texture' ? null : selectionProblem({ normal: p.normal, anomaly: p.anomaly });
  return { ...(sel ? { selection: sel } : {}), ...basicProblems(p.batch, p.maxTrain > 0 ? p.maxTrain : Infinity, drafts) };
}
