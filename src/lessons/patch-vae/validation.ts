import { selectionProblem } from '../../core/data/class-split';
import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import { problem, type Problem } from '../../notebook/settings/problem';
import type { PatchVaeParams } from './params';
import { SIDE } from './state';

/**
 * Every problem that blocks a run, keyed by the control that shows it: the
 * class selection, a patch side the encoder cannot halve twice, a stride past
 * the image, a batch larger than the patches, and invalid typed text. Pure.
 */
export function problemsOf({ params: p, drafts }: { params: PatchVaeParams; drafts: Partial<Record<string, Draft>> }): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  const sel = selectionProblem({ normal: p.normal, anomaly: p.anomaly });
  if (sel) out.selection = sel;
  if (p.patchSize % 4 !== 0) out.patchSize = problem('patch-multiple', { of: 4 });
  if (p.stride > SIDE - p.patchSize && p.patchSize < SIDE) out.stride = problem('stride-too-large', { patchSize: p.patchSize, max: SIDE - p.patchSize });
  return { ...out, ...basicProblems(p.batch, p.patches, drafts) };
}
