import type { Draft } from '../../notebook/param-slice';
import { basicProblems } from '../../notebook/settings/basic-problems';
import { problem, type Problem } from '../../notebook/settings/problem';
import type { SsimAeParams } from './params';
import type { DataState } from './state';

/** Training images of a learner's MVTec folder when it is the loaded data (null for texture crops or no data). */
export function folderTrainCount(data: Pick<DataState, 'dataset'> | undefined): number | null {
  const d = data?.dataset;
  return d?.source === 'mvtec' ? d.train.length / (d.size * d.size) : null;
}

/**
 * Every problem that blocks a run, keyed by control: invalid typed text, and a batch larger than
 * the training crops per epoch or, while a learner's MVTec folder is the data, than its training
 * images (the worker's own `batch-over-data`, said before Train is pressed). Pure.
 */
export function problemsOf({ params: p, drafts, data }: { params: SsimAeParams; drafts: Partial<Record<string, Draft>>; data?: Pick<DataState, 'dataset'> }): Record<string, Problem> {
  const folder = folderTrainCount(data);
  const out = basicProblems(p.batch, folder ?? p.trainCount, drafts);
  if (folder !== null && out.batch?.code === 'batch-too-large') out.batch = problem('batch-over-data', { batch: p.batch, n: folder });
  return out;
}
