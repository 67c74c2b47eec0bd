import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import type { Problem } from '../../notebook/settings/problem';
import type { SsimAeParams } from './params';

/** Every problem that blocks a run, keyed by control: invalid typed text, and a batch larger than the training crops. Pure. */
export function problemsOf({ params: p, drafts }: { params: SsimAeParams; drafts: Partial<Record<string, Draft>> }): Record<string, Problem> {
  return basicProblems(p.batch, p.trainCount, drafts);
}
