import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import type { Problem } from '../../notebook/settings/problem';
import type { ConvAePcaParams } from './params';

/** Every problem that blocks a run, keyed by control: a batch larger than the training faces, and invalid typed text. Pure. */
export function problemsOf({ params: p, drafts }: { params: ConvAePcaParams; drafts: Partial<Record<string, Draft>> }): Record<string, Problem> {
  return basicProblems(p.batch, p.trainCount, drafts);
}
