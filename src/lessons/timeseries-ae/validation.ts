import { seriesSpecProblems } from '../../core/timeseries/series-spec';
import type { Draft } from '../../notebook/param-slice';
import { problem, type Problem } from '../../notebook/settings/problem';
import type { TimeseriesParams } from './params';
import type { DataState } from './state';

/** Series the model would train on with these settings and data (null when unknown). */
export function expectedTrainCount(p: TimeseriesParams, s: { data: Pick<DataState, 'set' | 'source'> }): number {
  const set = s.data.set;
  const total = set && s.data.source === 'csv' ? set.group.length : p.pool === 'clean' ? p.spec.normal.count : Object.values(p.spec).reduce((a: number, g) => a + (typeof g === 'object' ? g.count : 0), 0);
  return total - Math.floor(total * p.valFraction);
}

/**
 * Every problem that blocks a run, keyed by control ("spec" for the
 * generator's cross-checks): invalid typed text, a generator spec that cannot
 * be made, a clean subset of unlabelled CSV data, and a batch or validation
 * fraction that leaves too little to train on. Pure.
 */
export function problemsOf(s: { params: TimeseriesParams; drafts: Partial<Record<string, Draft>>; data: Pick<DataState, 'set' | 'source'> }): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  for (const [k, d] of Object.entries(s.drafts)) if (d) out[k] = d.problem;
  if (s.data.source === 'generated') {
    const spec = seriesSpecProblems(s.params.spec);
    if (spec.length > 0) out.spec = spec[0];
  } else if (s.params.pool === 'clean') {
    out.pool = problem('no-clean-subset');
  }
  const nTrain = expectedTrainCount(s.params, s);
  if (nTrain < 1) out.valFraction = problem('no-train-left');
  else if (s.params.batch > nTrain) out.batch = problem('batch-too-large', { batch: s.params.batch, n: nTrain });
  return out;
}
