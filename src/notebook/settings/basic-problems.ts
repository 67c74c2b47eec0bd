import type { Draft } from '../param-slice';
import { problem, type Problem } from './problem';

/**
 * The problems most lessons' settings can have, keyed by control: a batch
 * larger than the `n` training examples, then every draft's (invalid typed text). Pure.
 */
export function basicProblems(batch: number, n: number, drafts: Partial<Record<string, Draft>>): Record<string, Problem> {
  const out: Record<string, Problem> = batch > n ? { batch: problem('batch-too-large', { batch, n }) } : {};
  for (const [k, d] of Object.entries(drafts)) if (d) out[k] = d.problem;
  return out;
}
