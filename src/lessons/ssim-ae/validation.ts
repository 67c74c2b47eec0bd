import type { Draft } from '../../notebook/param-slice';
import { problem, type Problem } from '../../notebook/settings/problem';
import type { SsimAeParams } from './params';

/** Every problem that blocks a run, keyed by control: invalid typed text, and a batch larger than the training crops. Pure. */
export function problemsOf({ params: p, drafts }: { params: SsimAeParams; drafts: Partial<Record<string, Draft>> }): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  if (p.batch > p.trainCount) out.batch = problem('batch-too-large', { batch: p.batch, n: p.trainCount });
  for (const [k, d] of Object.entries(drafts)) if (d) out[k] = d.problem;
  return out;
}
